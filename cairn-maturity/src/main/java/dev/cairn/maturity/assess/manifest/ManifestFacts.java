package dev.cairn.maturity.assess.manifest;

import dev.cairn.core.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The facts of every Kubernetes object the scan read, in path order. Kinds, features and workloads are indexed
 * once: some eighty evaluators ask for them, and a large repository holds tens of thousands of objects.
 */
public final class ManifestFacts {
    private static final Comparator<ObjectFacts> IN_PATH_ORDER = Comparator.comparing(ObjectFacts::location, Location.ORDER);

    private final List<ObjectFacts> objects;
    private final Map<String, List<ObjectFacts>> byKind = new HashMap<>();
    private final Map<Feature, List<ObjectFacts>> byFeature = new EnumMap<>(Feature.class);
    private final List<ObjectFacts> workloads;

    public ManifestFacts(List<ObjectFacts> objects) {
        this.objects = objects.stream().sorted(IN_PATH_ORDER).toList();
        for (ObjectFacts o : this.objects) {
            byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
            o.features().forEach(f -> byFeature.computeIfAbsent(f, k -> new ArrayList<>()).add(o));
        }
        byKind.replaceAll((kind, list) -> List.copyOf(list));
        byFeature.replaceAll((feature, list) -> List.copyOf(list));
        this.workloads = this.objects.stream().filter(ObjectFacts::workload).toList();
    }

    public static ManifestFacts none() {
        return new ManifestFacts(List.of());
    }

    public List<ObjectFacts> objects() {
        return objects;
    }

    public List<ObjectFacts> ofKind(String... kinds) {
        if (kinds.length == 1) {
            return byKind.getOrDefault(kinds[0], List.of());
        }
        List<String> wanted = List.of(kinds);
        return objects.stream().filter(o -> wanted.contains(o.kind())).toList();
    }

    public List<ObjectFacts> with(Feature feature) {
        return byFeature.getOrDefault(feature, List.of());
    }

    public List<ObjectFacts> workloads() {
        return workloads;
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
