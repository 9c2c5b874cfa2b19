package dev.cairn.maturity.criteria.technology;

import java.util.List;

/** Small phrases the summaries share, so that counts and lists read the same in every verdict. */
final class Wording {
    private Wording() {}

    /** {@code 1 workload}, {@code 3 workloads}, {@code 2 policies}. */
    static String count(int n, String noun) {
        if (n == 1) return n + " " + noun;
        boolean consonantY = noun.length() > 1 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0;
        return n + " " + (consonantY ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}; at most {@code max} names, then {@code and n more}. */
    static String list(List<String> names, int max) {
        List<String> shown = names.stream().distinct().limit(max).toList();
        int more = (int) names.stream().distinct().count() - shown.size();
        if (more > 0) {
            return String.join(", ", shown) + " and " + more + " more";
        }
        if (shown.size() <= 1) {
            return String.join("", shown);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }
}
