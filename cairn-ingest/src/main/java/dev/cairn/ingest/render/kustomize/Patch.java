package dev.cairn.ingest.render.kustomize;

import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import dev.cairn.ingest.discovery.KustomizePatches;
import dev.cairn.ingest.render.Placed;
import dev.cairn.ingest.render.SourceFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A patch a kustomization applies, in a file or inline: a strategic-merge patch (a partial object) or a JSON
 * 6902 patch (a list of operations). Knows which objects it targets; the source map asks it whether it set
 * a field.
 */
sealed interface Patch {
    Placed tree();

    boolean targets(ObjectRef rendered, String sourceName, Map<String, String> labels);

    /** A partial object merged into its target. */
    record StrategicMerge(Placed tree, Optional<Target> target) implements Patch {
        @Override
        public boolean targets(ObjectRef rendered, String sourceName, Map<String, String> labels) {
            if (target.isPresent()) {
                return target.get().matches(rendered, sourceName, labels);
            }
            YMap root = (YMap) tree.root();
            Optional<String> name = root.map("metadata").flatMap(m -> m.string("name"));
            return root.string("kind").filter(rendered.kind()::equals).isPresent() && name.isPresent()
                    && new Target(null, name.get(), null, null).matches(rendered, sourceName, labels);
        }
    }

    /** JSON 6902 operations ({@code op}, {@code path}, {@code value}); kustomize requires a target for them. */
    record Json6902(Placed tree, Optional<Target> target) implements Patch {
        @Override
        public boolean targets(ObjectRef rendered, String sourceName, Map<String, String> labels) {
            return target.isPresent() && target.get().matches(rendered, sourceName, labels);
        }
    }

    /** The patches of one kustomization in the order it lists them. */
    static List<Patch> of(Kustomization k, SourceFiles files) {
        List<Patch> out = new ArrayList<>();
        k.root().seq("patchesStrategicMerge").ifPresent(seq -> seq.items().forEach(item -> {
            if (item instanceof YScalar s && !s.isNull()) {
                String text = s.text();
                List<Placed> trees = text.contains("\n") ? inline(k, s, files) : file(k, text.strip(), files);
                trees.forEach(t -> add(t, null, out));
            }
        }));
        for (String key : List.of("patches", "patchesJson6902")) {
            k.root().seq(key).ifPresent(seq -> seq.items().forEach(item -> item.asMap().ifPresent(entry -> {
                YMap target = entry.map("target").orElse(null);
                List<Placed> trees = entry.string("path").map(p -> file(k, p.strip(), files))
                        .or(() -> entry.scalar("patch").map(s -> inline(k, s, files)))
                        .orElse(List.of());
                trees.forEach(t -> add(t, target, out));
            })));
        }
        return out;
    }

    private static void add(Placed tree, YMap target, List<Patch> out) {
        Optional<Target> selector = Target.of(target);
        if (tree.root() instanceof YMap) {
            out.add(new StrategicMerge(tree, selector));
        } else if (tree.root() instanceof YSeq) {
            out.add(new Json6902(tree, selector));
        }
    }

    private static List<Placed> file(Kustomization k, String relative, SourceFiles files) {
        Optional<SourcePath> path = KustomizePatches.resolve(k.dir(), relative);
        if (path.isEmpty()) return List.of();
        Optional<SourceFiles.Source> source = files.get(path.get());
        if (source.isEmpty()) return List.of();
        List<Placed> out = new ArrayList<>();
        for (YDocument d : source.get().yaml().documents()) {
            if (d.root() != null) out.add(Placed.document(path.get(), d.index(), d.root()));
        }
        return out;
    }

    /**
     * YAML written in the kustomization as a string. A literal block ({@code |}) keeps its lines, so the
     * patch's spans shift by the block's first line and indentation; any other style collapses to the scalar.
     */
    private static List<Placed> inline(Kustomization k, YScalar scalar, SourceFiles files) {
        List<String> lines = k.source().lines();
        Span span = scalar.span();
        String indicatorLine = span.startLine() <= lines.size() ? lines.get(span.startLine() - 1) : "";
        boolean literal = span.startColumn() - 1 < indicatorLine.length() && indicatorLine.charAt(span.startColumn() - 1) == '|';
        int indent = 0;
        if (literal) {
            for (int i = span.startLine(); i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank()) {
                    indent = line.length() - line.stripLeading().length();
                    break;
                }
            }
        }
        List<Placed> out = new ArrayList<>();
        for (YDocument d : files.reader().read(k.file(), scalar.text()).documents()) {
            YNode root = d.root();
            if (root != null) {
                out.add(new Placed(k.file(), 0, root, literal ? span.startLine() : 0, literal ? indent : 0,
                        literal ? null : span));
            }
        }
        return out;
    }
}
