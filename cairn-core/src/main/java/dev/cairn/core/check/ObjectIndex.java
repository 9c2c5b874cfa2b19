package dev.cairn.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** All object summaries of a scan, in a deterministic order, for cross-object checks. */
public record ObjectIndex(List<ObjectSummary> objects) {
    public ObjectIndex {
        objects = objects.stream()
                .sorted(Comparator.comparing((ObjectSummary s) -> s.location().path())
                        .thenComparing(s -> s.location().document(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(s -> s.location().pointer(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
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
}
