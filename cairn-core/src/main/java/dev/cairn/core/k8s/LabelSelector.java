package dev.cairn.core.k8s;

import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes label selector reduced to plain values: {@code matchLabels} and {@code matchExpressions}.
 * A selector without either part selects everything, as {@code metav1.LabelSelectorAsSelector} says; kinds
 * whose absent or empty selector means "nothing" (PodDisruptionBudget in {@code policy/v1beta1}) are the
 * caller's business.
 *
 * @param matchLabels      label equalities; a plain map selector (Service, ReplicationController) lands here
 * @param matchExpressions set-based requirements
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {

    public LabelSelector {
        matchLabels = Map.copyOf(matchLabels);
        matchExpressions = List.copyOf(matchExpressions);
    }

    /**
     * One {@code matchExpressions} item. An operator other than In, NotIn, Exists and DoesNotExist, or an
     * item cairn could not read, is kept with {@code operator} null and counts as satisfied.
     */
    public record Requirement(String key, String operator, List<String> values) {
        public Requirement {
            values = List.copyOf(values);
        }

        /** Whether cairn can evaluate the requirement; when it cannot, {@link #matches} assumes it holds. */
        public boolean understood() {
            if (key == null || operator == null) {
                return false;
            }
            return switch (operator) {
                case "In", "NotIn" -> !values.isEmpty();
                case "Exists", "DoesNotExist" -> values.isEmpty();
                default -> false;
            };
        }

        public boolean matches(Map<String, String> labels) {
            if (!understood()) {
                return true;
            }
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> true;
            };
        }
    }

    /** Selects everything: no labels and no expressions. */
    public boolean isEmpty() {
        return matchLabels.isEmpty() && matchExpressions.isEmpty();
    }

    /** Whether every requirement was understood, i.e. {@link #matches} is exact rather than generous. */
    public boolean exact() {
        return matchExpressions.stream().allMatch(Requirement::understood);
    }

    /**
     * Whether the selector selects an object with these labels. Requirements cairn cannot evaluate are
     * assumed to hold, so checks that look for objects nobody selects err towards silence.
     */
    public boolean matches(Map<String, String> labels) {
        for (var e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return matchExpressions.stream().allMatch(r -> r.matches(labels));
    }

    /** Reads a {@code metav1.LabelSelector} mapping ({@code matchLabels}, {@code matchExpressions}). */
    public static LabelSelector of(YMap node) {
        Map<String, String> labels = node.map("matchLabels").map(LabelSelector::strings).orElse(Map.of());
        List<Requirement> expressions = new ArrayList<>();
        node.seq("matchExpressions").ifPresent(seq -> seq.items().forEach(item -> expressions.add(requirement(item))));
        return new LabelSelector(labels, expressions);
    }

    /** Reads a plain {@code map[string]string} selector, as Services and ReplicationControllers have. */
    public static LabelSelector ofMap(YMap node) {
        return new LabelSelector(strings(node), List.of());
    }

    private static Requirement requirement(YNode item) {
        Optional<YMap> map = item.asMap();
        String key = map.flatMap(m -> m.string("key")).orElse(null);
        String operator = map.flatMap(m -> m.string("operator")).orElse(null);
        List<String> values = new ArrayList<>();
        map.flatMap(m -> m.seq("values")).ifPresent(seq -> seq.items().forEach(v ->
                v.asScalar().flatMap(YScalar::string).ifPresent(values::add)));
        boolean known = operator != null && List.of("In", "NotIn", "Exists", "DoesNotExist").contains(operator);
        return new Requirement(key, known ? operator : null, values);
    }

    private static Map<String, String> strings(YMap map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.entries().forEach(e -> {
            if (e.value() instanceof YScalar s && !s.isNull()) {
                out.put(e.key().text(), s.text());
            }
        });
        return out;
    }
}
