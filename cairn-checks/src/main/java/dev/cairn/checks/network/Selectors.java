package dev.cairn.checks.network;

import dev.cairn.core.k8s.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Label selectors as the messages of the selector checks show them. */
final class Selectors {
    private Selectors() {}

    /** {@code {app=api, tier in (web)}}, for messages. */
    static String describe(LabelSelector selector) {
        List<String> parts = new ArrayList<>();
        selector.matchLabels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + "=" + e.getValue()));
        for (LabelSelector.Requirement r : selector.matchExpressions()) {
            if (!r.understood()) {
                parts.add(r.key() + " ?");
            } else if (r.values().isEmpty()) {
                parts.add((r.operator().equals("DoesNotExist") ? "!" : "") + r.key());
            } else {
                parts.add(r.key() + (r.operator().equals("In") ? " in (" : " notin (") + String.join(", ", r.values()) + ")");
            }
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** {@code 1 workload}, {@code 3 workloads}. */
    static String workloads(int n) {
        return n == 1 ? "1 workload" : n + " workloads";
    }

    /** {@code in namespace shop}, or {@code among the workloads without a namespace} for {@code things} "workloads". */
    static String where(String namespace, String things) {
        return namespace == null ? "among the " + things + " without a namespace" : "in namespace " + namespace;
    }
}
