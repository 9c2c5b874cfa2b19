package dev.cairn.core.check;

import dev.cairn.core.k8s.LabelSelector;
import dev.cairn.core.model.ObjectRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** All object summaries of a scan, in a deterministic order, for cross-object checks. */
public final class ObjectIndex {
    private final List<ObjectSummary> objects;
    /**
     * Objects by namespace, then by one {@code key=value} of their pod labels, and under {@link #ANY_LABEL}
     * all of them: a selector is matched against the workloads carrying one of its labels instead of against
     * every workload of its namespace, which made policy and budget checks quadratic.
     */
    private final Map<String, Map<String, List<ObjectSummary>>> byPodLabel = new HashMap<>();
    private static final String ANY_LABEL = "";

    /**
     * Path, document and pointer, then render variant and identity: the variants of one rendered object share
     * its source location, and they arrive in the order the scan threads finish, so without the last two the
     * index order (and the variant a cross-object finding's fingerprint takes) changed from run to run.
     */
    private static final Comparator<ObjectSummary> ORDER = Comparator.comparing((ObjectSummary s) -> s.location().path())
            .thenComparing(s -> s.location().document(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(s -> s.location().pointer(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectSummary::variant, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectSummary::ref, ObjectRef.ORDER);

    public ObjectIndex(List<ObjectSummary> objects) {
        this.objects = objects.stream().sorted(ORDER).toList();
        for (ObjectSummary o : this.objects) {
            Map<String, List<ObjectSummary>> byLabel = byPodLabel.computeIfAbsent(o.namespace(), ns -> new HashMap<>());
            byLabel.computeIfAbsent(ANY_LABEL, k -> new ArrayList<>()).add(o);
            o.podLabels().forEach((k, v) -> byLabel.computeIfAbsent(pair(k, v), p -> new ArrayList<>()).add(o));
        }
    }

    public List<ObjectSummary> objects() {
        return objects;
    }

    /**
     * The objects that pass the filter, by namespace (null for those without one, which match only each other),
     * in index order: cross-object checks compare within a namespace, and grouping once keeps them linear.
     */
    public Map<String, List<ObjectSummary>> byNamespace(Predicate<ObjectSummary> which) {
        Map<String, List<ObjectSummary>> out = new HashMap<>();
        for (ObjectSummary o : objects) {
            if (which.test(o)) {
                out.computeIfAbsent(o.namespace(), ns -> new ArrayList<>()).add(o);
            }
        }
        return out;
    }

    public List<ObjectSummary> ofKind(String kind) {
        return objects.stream().filter(o -> o.ref().kind().equals(kind)).toList();
    }

    /**
     * The objects of the namespace (null: those without one) whose pod labels the selector may match, in
     * index order: those whose pod template carries its rarest {@code matchLabels} pair, or every object of the
     * namespace when it has none (an empty or expression-only selector). A superset of the matches: callers
     * still pick the kinds they judge and ask {@link LabelSelector#matches}.
     */
    public List<ObjectSummary> selectable(String namespace, LabelSelector selector) {
        Map<String, List<ObjectSummary>> byLabel = byPodLabel.getOrDefault(namespace, Map.of());
        List<ObjectSummary> fewest = byLabel.getOrDefault(ANY_LABEL, List.of());
        for (var e : selector.matchLabels().entrySet()) {
            List<ObjectSummary> carrying = byLabel.getOrDefault(pair(e.getKey(), e.getValue()), List.of());
            if (carrying.size() < fewest.size()) {
                fewest = carrying;
            }
        }
        return fewest;
    }

    /** A label's key and value as one map key; NUL is in neither. */
    private static String pair(String key, String value) {
        return key + '\u0000' + value;
    }
}
