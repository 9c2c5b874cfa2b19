package dev.cairn.ingest.render.kustomize;

import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.ingest.discovery.KustomizePatches;
import dev.cairn.ingest.render.Placed;
import dev.cairn.ingest.render.SourceFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One kustomization file as far as rendering needs it: what it pulls in (resources, components) and what
 * it changes (patches, images, replicas, namespace), each with its node so that a field it set can be
 * reported at its line.
 */
public record Kustomization(SourcePath file, YMap root, SourceFiles.Source source) {

    /** A reference to another file or folder, as written and as resolved against this kustomization's folder. */
    public record Reference(YScalar node, Optional<SourcePath> resolved, boolean remote) {}

    public SourcePath dir() {
        return file.parent();
    }

    /** {@code kind: Component}: applied by the kustomizations that list it, never built alone. */
    public boolean component() {
        return root.string("kind").filter("Component"::equals).isPresent();
    }

    public Placed placed() {
        return Placed.document(file, 0, root);
    }

    /** {@code resources} and the deprecated {@code bases}, in order. */
    public List<Reference> resources() {
        List<Reference> out = new ArrayList<>(references("bases"));
        out.addAll(references("resources"));
        return out;
    }

    public List<Reference> components() {
        return references("components");
    }

    /** Every reference, to point a render problem that names one at its line. */
    public List<Reference> allReferences() {
        List<Reference> out = new ArrayList<>(resources());
        out.addAll(components());
        for (String key : List.of("patchesStrategicMerge", "transformers", "generators", "validators")) {
            out.addAll(references(key));
        }
        for (String key : List.of("patches", "patchesJson6902")) {
            root.seq(key).ifPresent(seq -> seq.items().forEach(item -> item.asMap().flatMap(m -> m.scalar("path"))
                    .ifPresent(s -> out.add(reference(s)))));
        }
        return out;
    }

    public List<Patch> patches(SourceFiles files) {
        return Patch.of(this, files);
    }

    public Optional<YNode> get(String key) {
        return root.get(key);
    }

    private List<Reference> references(String key) {
        List<Reference> out = new ArrayList<>();
        root.seq(key).ifPresent(seq -> seq.items().forEach(item -> {
            if (item instanceof YScalar s && !s.isNull()) {
                out.add(reference(s));
            }
        }));
        return out;
    }

    private Reference reference(YScalar s) {
        String text = s.text().strip();
        return new Reference(s, KustomizePatches.resolve(dir(), text), isRemote(text));
    }

    /** URLs and {@code host.tld/org/repo} forms kustomize fetches with git or HTTP. */
    static boolean isRemote(String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.startsWith("git@") || lower.startsWith("git::")) {
            return true;
        }
        int slash = lower.indexOf('/');
        String first = slash < 0 ? lower : lower.substring(0, slash);
        return slash > 0 && first.contains(".") && !first.startsWith(".") && (lower.contains("?ref=") || first.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+"));
    }
}
