package dev.cairn.core.check;

import dev.cairn.core.k8s.LabelSelector;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** The object summaries a cross-object check sees (a scan's, or one {@link IndexScope}'s), in a deterministic order. */
public final class ObjectIndex {
    private final List<ObjectSummary> objects;
    /** Objects by kind, in index order: cross-object checks ask for the roles, budgets or policies many times. */
    private final Map<String, List<ObjectSummary>> byKind = new HashMap<>();
    /**
     * Objects by namespace, then by pod label key and value: a selector is matched against the objects carrying
     * one of its labels instead of against every workload of its namespace, which made policy and budget checks
     * quadratic. Built on first use (three checks ask; index checks run in parallel), from strings the summaries
     * already hold.
     */
    private volatile Map<String, PodLabels> byPodLabel;
    /** Objects by namespace and folder ({@link #inFolderOf}), built on first use like {@link #byPodLabel}. */
    private volatile Map<Folder, List<ObjectSummary>> byFolder;

    /**
     * A folder of one namespace: the objects cross-object checks may assume are deployed together when they
     * look for something missing ({@link ObjectSummary#folder()}).
     */
    public record Folder(String namespace, SourcePath path) {
        public static Folder of(ObjectSummary summary) {
            return new Folder(summary.namespace(), summary.folder());
        }
    }

    /** One namespace's objects, all of them and by pod label. */
    private record PodLabels(List<ObjectSummary> all, Map<String, Map<String, List<ObjectSummary>>> byLabel) {}

    /**
     * Path, document and pointer, then render variant and identity: the variants of one rendered object share
     * its source location, and they arrive in the order the scan threads finish, so without the last two the
     * index order (and the variant a cross-object finding's fingerprint takes) changed from run to run.
     */
    public static final Comparator<ObjectSummary> ORDER = Comparator.comparing((ObjectSummary s) -> s.location().path())
            .thenComparing(s -> s.location().document(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(s -> s.location().pointer(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectSummary::variant, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectSummary::ref, ObjectRef.ORDER);

    public ObjectIndex(List<ObjectSummary> objects) {
        this.objects = objects.stream().sorted(ORDER).toList();
        for (ObjectSummary o : this.objects) {
            byKind.computeIfAbsent(o.ref().kind(), k -> new ArrayList<>()).add(o);
        }
        byKind.replaceAll((kind, list) -> List.copyOf(list));
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

    /**
     * The objects of the same namespace and folder as {@code object} (itself included), in index order: what
     * cross-object checks that look for something missing may assume is deployed with it.
     */
    public List<ObjectSummary> inFolderOf(ObjectSummary object) {
        return byFolder().getOrDefault(Folder.of(object), List.of());
    }

    /**
     * Built on first use and shared by the checks that ask. The index is ordered by path, so the objects of one
     * file come together: their key is made once per file and namespace, not once per object.
     */
    private Map<Folder, List<ObjectSummary>> byFolder() {
        Map<Folder, List<ObjectSummary>> built = byFolder;
        if (built == null) {
            synchronized (this) {
                built = byFolder;
                if (built == null) {
                    built = new HashMap<>();
                    ObjectSummary previous = null;
                    List<ObjectSummary> current = null;
                    for (ObjectSummary o : objects) {
                        if (previous == null || !previous.location().path().equals(o.location().path())
                                || !Objects.equals(previous.namespace(), o.namespace())) {
                            current = built.computeIfAbsent(Folder.of(o), f -> new ArrayList<>());
                        }
                        current.add(o);
                        previous = o;
                    }
                    byFolder = built;
                }
            }
        }
        return built;
    }

    public List<ObjectSummary> ofKind(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /**
     * The objects of the namespace (null: those without one) whose pod labels the selector may match, in
     * index order: those whose pod template carries its rarest {@code matchLabels} pair, or every object of the
     * namespace when it has none (an empty or expression-only selector). A superset of the matches: callers
     * still pick the kinds they judge and ask {@link LabelSelector#matches}.
     */
    public List<ObjectSummary> selectable(String namespace, LabelSelector selector) {
        PodLabels inNamespace = byPodLabel().get(namespace);
        if (inNamespace == null) {
            return List.of();
        }
        List<ObjectSummary> fewest = inNamespace.all();
        for (var e : selector.matchLabels().entrySet()) {
            List<ObjectSummary> carrying = inNamespace.byLabel().getOrDefault(e.getKey(), Map.of()).getOrDefault(e.getValue(), List.of());
            if (carrying.size() < fewest.size()) {
                fewest = carrying;
            }
        }
        return fewest;
    }

    /** The objects of the namespace whose pod labels the selector matches, in index order. */
    public List<ObjectSummary> selectedBy(String namespace, LabelSelector selector) {
        return selectable(namespace, selector).stream().filter(o -> selector.matches(o.podLabels())).toList();
    }

    private Map<String, PodLabels> byPodLabel() {
        Map<String, PodLabels> built = byPodLabel;
        if (built == null) {
            synchronized (this) {
                built = byPodLabel;
                if (built == null) {
                    built = podLabelIndex(objects);
                    byPodLabel = built;
                }
            }
        }
        return built;
    }

    private static Map<String, PodLabels> podLabelIndex(List<ObjectSummary> objects) {
        Map<String, PodLabels> out = new HashMap<>();
        for (ObjectSummary o : objects) {
            PodLabels in = out.computeIfAbsent(o.namespace(), ns -> new PodLabels(new ArrayList<>(), new HashMap<>()));
            in.all().add(o);
            o.podLabels().forEach((key, value) -> in.byLabel().computeIfAbsent(key, k -> new HashMap<>())
                    .computeIfAbsent(value, v -> new ArrayList<>()).add(o));
        }
        return out;
    }
}
