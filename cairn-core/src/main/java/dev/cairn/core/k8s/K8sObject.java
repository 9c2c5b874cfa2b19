package dev.cairn.core.k8s;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes object read from a manifest: its identity, the document it came from and its node tree.
 * Objects inside a {@code List} have a root pointer such as {@code /items/2}. The variant is the render
 * variant (overlay path or values file) the object came from, or null for raw files. A rendered object
 * carries a {@link SourceMap}: its path and location are then those of its source, not of the rendered text.
 */
public final class K8sObject {
    private final SourcePath path;
    private final int document;
    private final YMap root;
    private final ObjectRef ref;
    private final String variant;
    private final SourceMap source;
    /** Every pod-spec check asks for the view; built once per object (objects stay on one thread). */
    private Optional<PodSpecView> podSpec;
    /** Asked for by the runner, the summary and several checks; read once. */
    private Map<String, String> annotations;
    private Map<String, String> labels;
    /** Kept by the summary, the criteria's facts and the resource facts: one instance, not three equal ones. */
    private Location location;

    public K8sObject(SourcePath path, int document, YMap root, ObjectRef ref, String variant) {
        this(path, document, root, ref, variant, null);
    }

    /** A rendered object: {@code path} is its source file, {@code source} maps its nodes back to the repository. */
    public K8sObject(SourcePath path, int document, YMap root, ObjectRef ref, String variant, SourceMap source) {
        this.path = path;
        this.document = document;
        this.root = root;
        this.ref = ref;
        this.variant = variant;
        this.source = source;
    }

    public SourcePath path() {
        return path;
    }

    public int document() {
        return document;
    }

    public YMap root() {
        return root;
    }

    public ObjectRef ref() {
        return ref;
    }

    public String variant() {
        return variant;
    }

    /** How rendered nodes map to the repository, or null when the object's nodes are its source. */
    public SourceMap sourceMap() {
        return source;
    }

    /** The pod spec of a workload, or empty for other kinds; computed on first use. */
    public Optional<PodSpecView> podSpec() {
        if (podSpec == null) {
            podSpec = PodSpecView.compute(this);
        }
        return podSpec;
    }

    /** Builds the object if the mapping has string {@code apiVersion} and {@code kind}. */
    public static Optional<K8sObject> from(SourcePath path, int document, YMap root, String variant) {
        Optional<String> apiVersion = root.string("apiVersion");
        Optional<String> kind = root.string("kind");
        if (apiVersion.isEmpty() || kind.isEmpty() || apiVersion.get().isBlank() || kind.get().isBlank()) {
            return Optional.empty();
        }
        Optional<YMap> metadata = root.map("metadata");
        String name = metadata.flatMap(m -> m.string("name"))
                .or(() -> metadata.flatMap(m -> m.string("generateName")))
                .orElse("");
        String namespace = metadata.flatMap(m -> m.string("namespace")).orElse(null);
        return Optional.of(new K8sObject(path, document,
                root, new ObjectRef(apiVersion.get(), kind.get(), namespace, name), variant));
    }

    public String kind() {
        return ref.kind();
    }

    public Optional<YMap> metadata() {
        return root.map("metadata");
    }

    /** The annotations as strings (a non-string value as its text, null as ""), in source order; read-only. */
    public Map<String, String> annotations() {
        if (annotations == null) {
            annotations = stringMap("annotations");
        }
        return annotations;
    }

    /** The labels as strings, like {@link #annotations()}. */
    public Map<String, String> labels() {
        if (labels == null) {
            labels = stringMap("labels");
        }
        return labels;
    }

    /** The node of one annotation value, to point a finding at it. */
    public Optional<YNode> annotation(String key) {
        return metadata().flatMap(m -> m.map("annotations")).flatMap(a -> a.get(key));
    }

    /**
     * Where a finding at this node of the object is reported: for a rendered object, the line a person edits
     * (the base, patch, template or values file), else the node itself.
     */
    public Location locate(YNode node) {
        return source != null ? source.locate(node, false) : new Location(path, node.span(), node.pointer(), document);
    }

    /** Where a finding covering {@code key: value} of the object is reported, like {@link #locate(YNode)}. */
    public Location locate(YEntry entry) {
        YNode value = entry.value();
        return source != null ? source.locate(value, true) : new Location(path, entry.span(), value.pointer(), document);
    }

    public Location location() {
        if (location == null) {
            location = source != null ? source.object() : new Location(path, root.span(), root.pointer(), document);
        }
        return location;
    }

    private Map<String, String> stringMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        metadata().flatMap(m -> m.map(key)).ifPresent(map -> map.entries().forEach(e ->
                out.put(e.key().text(), e.value() instanceof YScalar s ? s.string().orElse("") : "")));
        return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
    }
}
