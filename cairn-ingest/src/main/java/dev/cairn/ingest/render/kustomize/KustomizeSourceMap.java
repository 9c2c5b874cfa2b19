package dev.cairn.ingest.render.kustomize;

import dev.cairn.core.k8s.SourceMap;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import dev.cairn.ingest.render.Placed;
import dev.cairn.ingest.render.TreeWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the fields of one object of a kustomize build back to the repository. A field set by a patch, an
 * {@code images} or {@code replicas} entry or the {@code namespace} of a kustomization points there (the last
 * one kustomize applies wins); any other field points at the same field of the resource file the object
 * came from (list items matched by name), else at its nearest existing parent there. Objects made by a
 * generator point at the generator's entry, and a key of their data at the literal or file that made it.
 */
final class KustomizeSourceMap implements SourceMap {
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");

    private final YMap rendered;
    private final ObjectRef ref;
    private final Placed origin;
    private final Generator generator;
    private final String sourceName;
    private final List<Kustomization> chain;
    private final List<List<Patch>> patches;
    private final Map<String, String> labels;

    /**
     * @param origin    the object's document in its resource file, or null when it was generated or is not in
     *                  the repository
     * @param generator the generator entry that made it, or null
     * @param fallback  where the object is when neither is known: the root kustomization
     */
    KustomizeSourceMap(YMap rendered, ObjectRef ref, Placed origin, Generator generator, Placed fallback,
            List<Kustomization> chain, List<List<Patch>> patches) {
        this.rendered = rendered;
        this.ref = ref;
        this.origin = origin != null ? origin : generator != null ? generator.entry() : fallback;
        this.generator = origin == null ? generator : null;
        this.sourceName = origin != null && origin.root() instanceof YMap m
                ? m.map("metadata").flatMap(md -> md.string("name")).orElse(null) : null;
        this.chain = chain;
        this.patches = patches;
        this.labels = labels(rendered);
    }

    /** A generator entry of a kustomization ({@code configMapGenerator} or {@code secretGenerator} item). */
    record Generator(Placed entry) {}

    @Override
    public Location object() {
        return origin.start();
    }

    @Override
    public Location locate(YNode node, boolean entry) {
        List<String> tokens = TreeWalk.relative(rendered.pointer(), node.pointer()).orElse(List.of());
        Location claimed = null;
        for (int i = 0; i < chain.size(); i++) {
            Kustomization k = chain.get(i);
            Location byPatch = null;
            for (Patch patch : patches.get(i)) {
                Location l = claim(patch, tokens, entry);
                if (l != null) byPatch = l;
            }
            Location byField = fieldSetBy(k, tokens, entry);
            // kustomize runs a kustomization's patches before its images, replicas and namespace
            if (byField != null) claimed = byField;
            else if (byPatch != null) claimed = byPatch;
        }
        if (claimed != null) {
            return claimed;
        }
        if (generator != null) {
            return generatedField(tokens, entry);
        }
        return origin.locate(TreeWalk.follow(rendered, origin.root(), tokens), entry);
    }

    private Location claim(Patch patch, List<String> tokens, boolean entry) {
        if (!patch.targets(ref, sourceName, labels)) {
            return null;
        }
        return switch (patch) {
            case Patch.StrategicMerge sm -> {
                if (identity(tokens)) yield null;
                TreeWalk.Match m = TreeWalk.follow(rendered, sm.tree().root(), tokens);
                boolean leaf = !(m.node() instanceof YMap);
                boolean originLacks = !TreeWalk.follow(rendered, origin.root(), tokens).complete();
                yield m.complete() && (leaf || originLacks) ? sm.tree().locate(m, entry) : null;
            }
            case Patch.Json6902 ops -> claim(ops, tokens, entry);
        };
    }

    /** The last {@code add}, {@code replace}, {@code copy} or {@code move} whose path is the field or holds it. */
    private Location claim(Patch.Json6902 ops, List<String> tokens, boolean entry) {
        Location out = null;
        for (YNode item : ((YSeq) ops.tree().root()).items()) {
            if (!(item instanceof YMap op)) continue;
            String kind = op.string("op").orElse("");
            Optional<String> path = op.string("path");
            if (path.isEmpty() || !Set.of("add", "replace", "copy", "move").contains(kind)) continue;
            List<String> target = TreeWalk.tokens(path.get());
            if (target.size() > tokens.size() || !tokens.subList(0, target.size()).equals(target)) continue;
            Optional<YEntry> value = op.entry("value");
            if (value.isEmpty()) {
                out = ops.tree().locate(new TreeWalk.Match(op, null, false, 0), entry);
                continue;
            }
            YNode renderedAt = TreeWalk.follow(rendered, rendered, target).node();
            TreeWalk.Match inValue = TreeWalk.follow(renderedAt, value.get().value(), tokens.subList(target.size(), tokens.size()));
            out = ops.tree().locate(inValue.depth() == 0
                    ? new TreeWalk.Match(value.get().value(), value.get(), inValue.complete(), 0) : inValue, entry);
        }
        return out;
    }

    /** {@code images}, {@code replicas} and {@code namespace} of a kustomization, where they set this field. */
    private Location fieldSetBy(Kustomization k, List<String> tokens, boolean entry) {
        int n = tokens.size();
        if (n >= 3 && tokens.get(n - 1).equals("image") && CONTAINER_LISTS.contains(tokens.get(n - 3))) {
            Optional<String> image = TreeWalk.follow(rendered, rendered, tokens).node() instanceof YScalar s
                    ? s.string() : Optional.empty();
            if (image.isPresent()) return image(k, repository(image.get()), entry);
        }
        if (tokens.equals(List.of("spec", "replicas"))) {
            return replicas(k, entry);
        }
        if (tokens.equals(List.of("metadata", "namespace"))) {
            return k.root().entry("namespace").map(e -> k.placed().locate(new TreeWalk.Match(e.value(), e, true, 1), entry))
                    .orElse(null);
        }
        return null;
    }

    private Location image(Kustomization k, String repository, boolean entry) {
        for (YNode item : k.root().seq("images").map(YSeq::items).orElse(List.of())) {
            if (!(item instanceof YMap image)) continue;
            String name = image.string("newName").or(() -> image.string("name")).orElse("");
            if (!name.equals(repository)) continue;
            for (String key : List.of("digest", "newTag", "newName")) {
                Optional<YEntry> e = image.entry(key);
                if (e.isPresent()) {
                    return k.placed().locate(new TreeWalk.Match(e.get().value(), e.get(), true, 1), entry);
                }
            }
        }
        return null;
    }

    private Location replicas(Kustomization k, boolean entry) {
        for (YNode item : k.root().seq("replicas").map(YSeq::items).orElse(List.of())) {
            if (!(item instanceof YMap replica)) continue;
            Optional<String> name = replica.string("name");
            Optional<YEntry> count = replica.entry("count");
            if (name.isPresent() && count.isPresent()
                    && (name.get().equals(sourceName) || ref.name().equals(name.get()) || ref.name().contains(name.get()))) {
                return k.placed().locate(new TreeWalk.Match(count.get().value(), count.get(), true, 1), entry);
            }
        }
        return null;
    }

    /** A key of generated data points at the literal or file entry that made it, else at the generator. */
    private Location generatedField(List<String> tokens, boolean entry) {
        YMap gen = (YMap) generator.entry().root();
        if (tokens.size() >= 2 && Set.of("data", "stringData", "binaryData").contains(tokens.get(0))) {
            String key = tokens.get(1);
            for (String list : List.of("literals", "files", "envs")) {
                for (YNode item : gen.seq(list).map(YSeq::items).orElse(List.of())) {
                    if (item instanceof YScalar s && makesKey(list, s.text().strip(), key)) {
                        return generator.entry().locate(new TreeWalk.Match(s, null, true, 1), entry);
                    }
                }
            }
        }
        return generator.entry().start();
    }

    private static boolean makesKey(String list, String item, String key) {
        int eq = item.indexOf('=');
        return switch (list) {
            case "literals" -> eq > 0 && item.substring(0, eq).strip().equals(key);
            case "files" -> eq > 0 ? item.substring(0, eq).strip().equals(key)
                    : item.equals(key) || item.endsWith("/" + key);
            default -> true; // an env file makes many keys; it is the best place cairn knows
        };
    }

    private static Map<String, String> labels(YMap rendered) {
        Map<String, String> out = new java.util.HashMap<>();
        rendered.map("metadata").flatMap(m -> m.map("labels")).ifPresent(l -> l.entries()
                .forEach(e -> e.value().asScalar().flatMap(YScalar::string).ifPresent(v -> out.put(e.key().text(), v))));
        return out;
    }

    /** {@code apiVersion}, {@code kind} and the name a patch uses to find its target are not set by it. */
    private static boolean identity(List<String> tokens) {
        return tokens.size() == 1 && Set.of("apiVersion", "kind").contains(tokens.get(0))
                || tokens.equals(List.of("metadata", "name")) || tokens.equals(List.of("metadata", "namespace"));
    }

    /** {@code registry/app:1.2@sha256:...} without tag and digest. */
    static String repository(String image) {
        String s = image;
        int at = s.indexOf('@');
        if (at >= 0) s = s.substring(0, at);
        int colon = s.lastIndexOf(':');
        if (colon > s.lastIndexOf('/')) s = s.substring(0, colon);
        return s;
    }

    static List<List<Patch>> patchesOf(List<Kustomization> chain, dev.cairn.ingest.render.SourceFiles files) {
        List<List<Patch>> out = new ArrayList<>();
        chain.forEach(k -> out.add(k.patches(files)));
        return out;
    }
}
