package dev.cairn.core.check;

import java.util.Comparator;
import java.util.List;

/** All object summaries of a scan, in a deterministic order, for cross-object checks. */
public record ObjectIndex(List<ObjectSummary> objects) {
    public ObjectIndex {
        objects = objects.stream()
                .sorted(Comparator.comparing((ObjectSummary s) -> s.location().path())
                        .thenComparing(s -> s.location().document(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(s -> s.location().pointer(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    public List<ObjectSummary> ofKind(String kind) {
        return objects.stream().filter(o -> o.ref().kind().equals(kind)).toList();
    }
}
