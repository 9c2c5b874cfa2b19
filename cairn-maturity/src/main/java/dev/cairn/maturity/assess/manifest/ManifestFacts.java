package dev.cairn.maturity.assess.manifest;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The facts of every Kubernetes object the scan read, in path order. Kinds, types (apiVersion and kind), images,
 * features, workloads and files are indexed once: some eighty evaluators ask for them, and a large repository
 * holds tens of thousands of objects but only dozens of types and images. Every selection is in path order, each
 * object once; selections remember their objects' positions, so that {@link #anyOf} merges them without
 * touching the objects.
 */
public final class ManifestFacts {
    private static final Comparator<ObjectFacts> IN_PATH_ORDER = Comparator.comparing(ObjectFacts::location, Location.ORDER);

    private final List<ObjectFacts> objects;
    private final Map<String, Selection> byKind = new HashMap<>();
    private final Map<Type, Selection> byType;
    private final Map<String, Selection> byImage;
    private final Map<Feature, Selection> byFeature;
    private final Selection workloads;
    private final List<ObjectFacts> declaredWorkloads;
    private final List<SourcePath> paths;

    private record Type(String apiVersion, String kind) {}

    /** Where an object is written; {@code line} is null when the object has no span. */
    private record Declaration(String kind, String name, SourcePath path, Integer line, Integer document) {
        static Declaration of(ObjectFacts o) {
            Integer line = o.location().span() == null ? null : o.location().span().startLine();
            return new Declaration(o.kind(), o.ref().name(), o.location().path(), line, o.location().document());
        }
    }

    public ManifestFacts(List<ObjectFacts> objects) {
        this.objects = objects.stream().sorted(IN_PATH_ORDER).toList();
        // one pass, no boxing: this runs on the scan's thread before the evaluators start
        Map<Type, Positions> types = new LinkedHashMap<>();
        Map<String, Positions> images = new LinkedHashMap<>();
        Map<Feature, Positions> features = new EnumMap<>(Feature.class);
        Positions pods = new Positions();
        List<SourcePath> files = new ArrayList<>();
        for (int i = 0; i < this.objects.size(); i++) {
            ObjectFacts o = this.objects.get(i);
            String apiVersion = o.ref().apiVersion() == null ? "" : o.ref().apiVersion();
            types.computeIfAbsent(new Type(apiVersion, o.kind()), k -> new Positions()).add(i);
            for (ImageUse use : o.images()) {
                images.computeIfAbsent(use.image(), k -> new Positions()).add(i);
            }
            for (Feature f : o.features()) {
                features.computeIfAbsent(f, k -> new Positions()).add(i);
            }
            if (o.workload()) {
                pods.add(i);
            }
            if (files.isEmpty() || !files.getLast().equals(o.location().path())) {
                files.add(o.location().path());
            }
        }
        this.byType = selections(types, new LinkedHashMap<>());
        Map<String, List<Selection>> kinds = new HashMap<>();
        byType.forEach((type, selection) -> kinds.computeIfAbsent(type.kind(), k -> new ArrayList<>()).add(selection));
        kinds.forEach((kind, selections) -> byKind.put(kind, union(selections)));
        this.byImage = selections(images, new LinkedHashMap<>());
        this.byFeature = selections(features, new EnumMap<>(Feature.class));
        this.workloads = new Selection(this, pods.toArray());
        this.declaredWorkloads = declaredOnce(workloads);
        this.paths = List.copyOf(files);
    }

    public static ManifestFacts none() {
        return new ManifestFacts(List.of());
    }

    public List<ObjectFacts> objects() {
        return objects;
    }

    /** The files that declare objects, in path order. */
    public List<SourcePath> paths() {
        return paths;
    }

    public List<ObjectFacts> ofKind(String... kinds) {
        if (kinds.length == 1) {
            return byKind.getOrDefault(kinds[0], Selection.NONE);
        }
        List<Selection> chosen = new ArrayList<>();
        for (String kind : kinds) {
            chosen.add(byKind.getOrDefault(kind, Selection.NONE));
        }
        return union(chosen);
    }

    /**
     * Objects whose apiVersion and kind pass the test. The test runs once per distinct pair, of which a
     * repository has dozens, rather than once per object; an object without an apiVersion is tested with "".
     */
    public List<ObjectFacts> ofType(BiPredicate<String, String> apiVersionAndKind) {
        List<Selection> chosen = new ArrayList<>();
        byType.forEach((type, owners) -> {
            if (apiVersionAndKind.test(type.apiVersion(), type.kind())) {
                chosen.add(owners);
            }
        });
        return union(chosen);
    }

    /** Objects whose apiVersion starts with any of the group prefixes, e.g. {@code kyverno.io/}. */
    public List<ObjectFacts> inGroup(Collection<String> groupPrefixes) {
        return ofType((apiVersion, kind) -> groupPrefixes.stream().anyMatch(apiVersion::startsWith));
    }

    /**
     * Workloads with a container running an image that passes the test. The test runs once per distinct image:
     * thousands of workloads usually share a few dozen images.
     */
    public List<ObjectFacts> runningImage(Predicate<String> image) {
        return union(owners(image, new HashSet<>()));
    }

    /**
     * The uses of images that pass the test, in path and container order (the test runs once per distinct image).
     * A stream, because the uses can be many: asking for the first few reads only the objects that hold them.
     */
    public Stream<ImageUse> imageUses(Predicate<String> image) {
        Set<String> passed = new HashSet<>();
        return union(owners(image, passed)).stream().flatMap(o -> o.images().stream()).filter(i -> passed.contains(i.image()));
    }

    private List<Selection> owners(Predicate<String> image, Set<String> passed) {
        List<Selection> chosen = new ArrayList<>();
        byImage.forEach((name, owners) -> {
            if (image.test(name)) {
                passed.add(name);
                chosen.add(owners);
            }
        });
        return chosen;
    }

    /** Every distinct image the workloads run, in the path order of its first use. */
    public List<String> images() {
        return List.copyOf(byImage.keySet());
    }

    public List<ObjectFacts> with(Feature feature) {
        return byFeature.getOrDefault(feature, Selection.NONE);
    }

    public List<ObjectFacts> workloads() {
        return workloads;
    }

    /** {@link #declaredOnce} of the workloads, kept because half a dozen evaluators count them. */
    public List<ObjectFacts> declaredWorkloads() {
        return declaredWorkloads;
    }

    /**
     * One object per declaration, the first in the given order: a kustomize base rendered through three overlays
     * gives three objects with the same kind, name and source position (only their namespaces differ), which
     * count as one for "how many workloads does the app have".
     */
    public static List<ObjectFacts> declaredOnce(List<ObjectFacts> objects) {
        Map<Declaration, ObjectFacts> first = new LinkedHashMap<>();
        for (ObjectFacts o : objects) {
            first.putIfAbsent(Declaration.of(o), o);
        }
        return List.copyOf(first.values());
    }

    public List<ObjectFacts> where(Predicate<ObjectFacts> predicate) {
        return objects.stream().filter(predicate).toList();
    }

    /**
     * The objects of any of the lists, each once, in path order: an evaluator narrows to a few candidates
     * through the indexes, then judges each as a pass over every object would. The lists hold objects of these
     * facts: the selections above, or sublists of them.
     */
    @SafeVarargs
    public final List<ObjectFacts> anyOf(List<ObjectFacts>... lists) {
        BitSet union = new BitSet(objects.size());
        for (List<ObjectFacts> list : lists) {
            if (list instanceof Selection s && s.of(this)) {
                s.addTo(union);
            } else {
                list.forEach(o -> union.set(positionOf(o)));
            }
        }
        return new Selection(this, union.stream().toArray());
    }

    public boolean isEmpty() {
        return objects.isEmpty();
    }

    /** Where the object stands; objects at equal locations (one base rendered twice) are told apart by identity. */
    private int positionOf(ObjectFacts o) {
        int found = Collections.binarySearch(objects, o, IN_PATH_ORDER);
        for (int i = found; i >= 0 && i < objects.size() && IN_PATH_ORDER.compare(objects.get(i), o) == 0; i--) {
            if (objects.get(i) == o) return i;
        }
        for (int i = found + 1; found >= 0 && i < objects.size() && IN_PATH_ORDER.compare(objects.get(i), o) == 0; i++) {
            if (objects.get(i) == o) return i;
        }
        throw new IllegalArgumentException("not an object of these manifests: " + o.ref().display());
    }

    private Selection union(List<Selection> chosen) {
        if (chosen.size() <= 1) {
            return chosen.isEmpty() ? Selection.NONE : chosen.get(0);
        }
        BitSet union = new BitSet(objects.size());
        chosen.forEach(s -> s.addTo(union));
        return new Selection(this, union.stream().toArray());
    }

    private <K, M extends Map<K, Selection>> M selections(Map<K, Positions> positions, M into) {
        positions.forEach((key, ascending) -> into.put(key, new Selection(this, ascending.toArray())));
        return into;
    }

    /** Ascending positions, collected without boxing; an object running one image twice is listed once. */
    private static final class Positions {
        private int[] values = new int[4];
        private int size;

        void add(int position) {
            if (size > 0 && values[size - 1] == position) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Objects of one {@link ManifestFacts} at ascending positions: a list that knows where its objects stand. */
    private static final class Selection extends AbstractList<ObjectFacts> implements RandomAccess {
        static final Selection NONE = new Selection(null, new int[0]);

        private final ManifestFacts owner;
        private final int[] positions;

        Selection(ManifestFacts owner, int[] positions) {
            this.owner = owner;
            this.positions = positions;
        }

        boolean of(ManifestFacts facts) {
            return owner == facts || positions.length == 0;
        }

        void addTo(BitSet union) {
            for (int position : positions) {
                union.set(position);
            }
        }

        @Override
        public ObjectFacts get(int index) {
            return owner.objects.get(positions[index]);
        }

        @Override
        public int size() {
            return positions.length;
        }
    }
}
