package dev.cairn.checks.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The one known field name a misspelled one most likely meant, for "did you mean" hints. */
final class Suggestions {
    private Suggestions() {}

    /**
     * The name that differs only in case, else the single closest name within an edit distance of one (names
     * of up to four characters) or two (longer names); empty when there is none or a tie.
     */
    static Optional<String> closest(String unknown, Collection<String> known) {
        for (String k : known) {
            if (k.equalsIgnoreCase(unknown)) {
                return Optional.of(k);
            }
        }
        int limit = unknown.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        String lower = unknown.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = distance(lower, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best != null && bestDistance <= limit && !tie ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
