package dev.cairn.maturity.assess.manifest;

import dev.cairn.core.model.Location;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The facts of every Kubernetes object the scan read, in path order. */
public record ManifestFacts(List<ObjectFacts> objects) {
    public ManifestFacts {
        objects = objects.stream().sorted(Comparator.comparing(ObjectFacts::location, Location.ORDER)).toList();
    }

    public static ManifestFacts none() {
        return new ManifestFacts(List.of());
    }

    public List<ObjectFacts> ofKind(String... kinds) {
        List<String> wanted = List.of(kinds);
        return objects.stream().filter(o -> wanted.contains(o.kind())).toList();
    }

    public List<ObjectFacts> with(Feature feature) {
        return objects.stream().filter(o -> o.has(feature)).toList();
    }

    public List<ObjectFacts> workloads() {
        return objects.stream().filter(ObjectFacts::workload).toList();
    }

    public List<ObjectFacts> where(Predicate<ObjectFacts> predicate) {
        return objects.stream().filter(predicate).toList();
    }

    /** Objects whose apiVersion starts with the group, e.g. {@code kyverno.io/}. */
    public List<ObjectFacts> inGroup(String groupPrefix) {
        return objects.stream().filter(o -> o.ref().apiVersion() != null && o.ref().apiVersion().startsWith(groupPrefix)).toList();
    }

    public boolean isEmpty() {
        return objects.isEmpty();
    }
}
