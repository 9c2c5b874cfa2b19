package dev.cairn.ingest.render.kustomize;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.RenderProblem;
import dev.cairn.core.check.SourceEvidence;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YSeq;
import dev.cairn.ingest.render.Futures;
import dev.cairn.ingest.render.Placed;
import dev.cairn.ingest.render.ProcessRunner;
import dev.cairn.ingest.render.RenderCache;
import dev.cairn.ingest.render.RenderResult;
import dev.cairn.ingest.render.RenderTools;
import dev.cairn.ingest.render.RenderedText;
import dev.cairn.ingest.render.SourceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders each root kustomization with {@code kustomize build} (or {@code kubectl kustomize}). The user's
 * files are never written: kustomize runs on a temporary kustomization whose only resource is the root and
 * which asks for {@code buildMetadata: [originAnnotations]}, so every rendered object names its source file.
 * That annotation is removed before checks see the object.
 */
public final class KustomizeRenderer {
    private final RenderTools.Kustomize tool;
    private final ProcessRunner runner;
    private final SourceFiles files;
    private final Path realRoot;
    /** Null without a cache ({@code --no-cache}). */
    private final RenderCache cache;
    private final KustomizeInputs inputs;

    /**
     * @param cache  where builds are kept between scans; null for none
     * @param inputs what a root's build reads, which a kept build must match
     */
    public KustomizeRenderer(RenderTools.Kustomize tool, ProcessRunner runner, SourceFiles files, RenderCache cache,
            KustomizeInputs inputs) throws IOException {
        this.tool = tool;
        this.runner = runner;
        this.files = files;
        this.realRoot = files.root().toRealPath();
        this.cache = cache;
        this.inputs = inputs;
    }

    /**
     * Each root is one kustomize process, a quarter of a second or more of mostly the tool's own work, so roots
     * render side by side, one per core, each into its own builder. The builders are joined in root order, so
     * the result does not depend on which process ends first.
     */
    public void render(Kustomizations all, RenderResult.Builder out) {
        List<Kustomization> roots = all.roots();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(roots.size(),
                Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "cairn-kustomize");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<RenderResult.Builder>> each = new ArrayList<>();
            for (Kustomization root : roots) {
                each.add(pool.submit(() -> {
                    RenderResult.Builder one = new RenderResult.Builder();
                    render(all, root, one);
                    return one;
                }));
            }
            for (Future<RenderResult.Builder> one : each) {
                out.addAll(Futures.join(one, "rendering kustomizations"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void render(Kustomizations all, Kustomization root, RenderResult.Builder out) {
        Optional<Kustomizations.Skip> skip = all.skip(root);
        if (skip.isPresent()) {
            out.notes().add(new Note(skip.get().file(), skip.get().line(), NoteKind.RENDER_SKIPPED,
                    (skip.get().file().equals(root.file()) ? "" : root.dir() + " ") + "not rendered: "
                            + skip.get().reason() + "; its local files are scanned as they are"));
            return;
        }
        renderRoot(all, root, out);
    }

    private void renderRoot(Kustomizations all, Kustomization root, RenderResult.Builder out) {
        String variant = root.dir().value().isEmpty() ? "." : root.dir().value();
        String entry = RenderCache.nameOf(realRoot.toString(), root.dir().value(), String.join("\u0000", tool.command()));
        Optional<String> digest = cache == null ? Optional.empty() : inputs.digest(all, root, tool.command());
        Optional<RenderCache.Entry> kept = digest.flatMap(d -> cache.read(entry, d, inputs::version));
        if (kept.isPresent()) {
            out.kept();
            if (kept.get().failure() != null) {
                fail(root, variant, kept.get().failure(), out);
            } else {
                rendered(all, root, variant, kept.get(), out);
            }
            return;
        }
        Path buildDir = null;
        try {
            buildDir = Files.createTempDirectory("cairn-kustomize").toRealPath();
            Path target = realRoot.resolve(root.dir().value());
            String relative = buildDir.relativize(target).toString().replace('\\', '/');
            Files.writeString(buildDir.resolve("kustomization.yaml"), "resources:\n  - \"" + relative.replace("\"", "\\\"")
                    + "\"\nbuildMetadata: [originAnnotations]\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(tool.command());
            command.add(".");
            ProcessRunner.Result result = runner.run(command, buildDir);
            out.ran();
            if (!result.ok()) {
                String why = clean(result.failure(runner.timeout(), runner.maxOutput()), buildDir);
                fail(root, variant, why, out);
                if (!result.timedOut() && !result.truncated()) { // a failure of the inputs, not of this machine
                    keep(entry, digest, RenderCache.Entry.failed(why));
                }
                return;
            }
            RenderCache.Entry built = RenderCache.Entry.built(buildDir, result.stdout());
            rendered(all, root, variant, built, out);
            keep(entry, digest, built);
        } catch (IOException e) {
            fail(root, variant, "cannot run " + tool.command().get(0) + ": " + e.getMessage(), out);
        } finally {
            delete(buildDir);
        }
    }

    /** Keeps a build for the next scan, with the version the command reports (known by the time a build ends). */
    private void keep(String entry, Optional<String> digest, RenderCache.Entry build) {
        digest.ifPresent(d -> inputs.version().ifPresent(v -> cache.write(entry, d, v, build)));
    }

    private void rendered(Kustomizations all, Kustomization root, String variant, RenderCache.Entry build,
            RenderResult.Builder out) {
        read(all, root, variant, build.stdout(), build.ranIn(), out);
        out.variants().add(variant);
        out.renders().add(SourceEvidence.rendered(root.file(), FileKind.KUSTOMIZATION, List.of()));
    }

    private void read(Kustomizations all, Kustomization root, String variant, String yaml, Path buildDir,
            RenderResult.Builder out) {
        List<Kustomization> chain = all.chain(root);
        List<List<Patch>> patches = KustomizeSourceMap.patchesOf(chain, files);
        int index = 0;
        for (RenderedText.Document document : RenderedText.split(yaml, files.reader(), root.file())) {
            for (YMap object : document.objects()) {
                Origin origin = object.path("metadata", "annotations", Origin.ANNOTATION)
                        .flatMap(YNode::asScalar)
                        .flatMap(s -> files.reader().read(root.file(), s.text()).documents().stream().findFirst())
                        .map(YDocument::root).flatMap(YNode::asMap)
                        .map(m -> Origin.parse(m, buildDir, realRoot))
                        .orElse(new Origin(Optional.empty(), false, null));
                YMap clean = RenderedText.withoutAnnotation(object, Origin.ANNOTATION);
                int documentIndex = index++;
                K8sObject.from(SourcePath.ROOT, documentIndex, clean, variant).ifPresent(parsed -> {
                    Placed source = origin.generated() ? null : origin.path().flatMap(p -> document(p, parsed)).orElse(null);
                    KustomizeSourceMap.Generator generator = origin.generated()
                            ? origin.path().flatMap(all::atFile).flatMap(k -> generator(k, origin, parsed.ref().name())).orElse(null)
                            : null;
                    KustomizeSourceMap map = new KustomizeSourceMap(clean, parsed.ref(), source, generator, root.placed(),
                            chain, patches);
                    out.objects().add(new K8sObject(map.object().path(), documentIndex, clean, parsed.ref(), variant, map));
                    if (source != null) out.covered().add(source.path());
                });
            }
        }
    }

    /** The document of a resource file that holds the object: same kind, and the name it had there. */
    private Optional<Placed> document(SourcePath path, K8sObject rendered) {
        return files.get(path).flatMap(source -> {
            List<YDocument> candidates = source.yaml().documents().stream()
                    .filter(d -> d.root() instanceof YMap m && m.string("kind").filter(rendered.kind()::equals).isPresent())
                    .toList();
            Optional<YDocument> named = candidates.stream().filter(d -> ((YMap) d.root()).path("metadata", "name")
                    .flatMap(YNode::asScalar).flatMap(s -> s.string())
                    .filter(n -> rendered.ref().name().contains(n)).isPresent())
                    .max(Comparator.comparingInt(d -> ((YMap) d.root()).path("metadata", "name")
                            .flatMap(YNode::asScalar).map(s -> s.text().length()).orElse(0)));
            return named.or(() -> candidates.stream().findFirst())
                    .or(() -> source.yaml().documents().stream().filter(d -> d.root() != null).findFirst())
                    .map(d -> Placed.document(path, d.index(), d.root()));
        });
    }

    /** The generator entry whose name the rendered name holds (after prefixes and the hash suffix). */
    private static Optional<KustomizeSourceMap.Generator> generator(Kustomization k, Origin origin, String renderedName) {
        String key = origin.generatorKind().equals("SecretGenerator") ? "secretGenerator" : "configMapGenerator";
        List<YNode> items = k.root().seq(key).map(YSeq::items).orElse(List.of());
        return items.stream()
                .filter(i -> i.asMap().flatMap(m -> m.string("name")).filter(renderedName::contains).isPresent())
                .max(Comparator.comparingInt(i -> i.asMap().flatMap(m -> m.string("name")).orElse("").length()))
                .map(i -> new KustomizeSourceMap.Generator(new Placed(k.file(), 0, i, 0, 0, null)));
    }

    private void fail(Kustomization root, String variant, String message, RenderResult.Builder out) {
        Span at = root.root().span();
        for (Kustomization.Reference r : root.allReferences()) {
            String name = r.node().text().strip();
            if (!name.isEmpty() && message.contains(name)) {
                at = r.node().span();
                break;
            }
        }
        Span line = new Span(at.startLine(), at.startColumn(), at.startLine(), at.startLine() == at.endLine() ? at.endColumn() : at.startColumn());
        out.renders().add(SourceEvidence.rendered(root.file(), FileKind.KUSTOMIZATION,
                List.of(new RenderProblem(line, variant, "kustomize cannot build " + variant + ": " + message))));
    }

    /**
     * The layer kustomize adds for cairn's wrapper kustomization, which lists the root as its only resource:
     * it says the root "must resolve to a file" before the error inside the root that is the actual problem.
     */
    private static final Pattern WRAPPER_LAYER = Pattern.compile("^accumulating resources: accumulation err='accumulating"
            + " resources from '[^']*': '[^']*' must resolve to a file': recursed accumulation of path '[^']*': ");

    /**
     * kubectl wraps kustomize's error in a log line ({@code ... "command failed" err="..."}); the error names
     * files relative to the temporary build folder, which a person has never seen: make them repository paths,
     * and drop the layer of the wrapper kustomization.
     */
    String clean(String message, Path buildDir) {
        String m = message;
        int err = m.indexOf("err=\"");
        if (err >= 0) {
            m = m.substring(err + 5);
            if (m.endsWith("\"")) m = m.substring(0, m.length() - 1);
            m = m.replace("\\\"", "\"").replace("\\'", "'");
        }
        m = m.replaceFirst("^(Error|error): ", "");
        String relativeRoot = buildDir.relativize(realRoot).toString().replace('\\', '/');
        // the relative form first: it ends with the absolute one, which would otherwise leave "../.." behind
        m = m.replace(relativeRoot + "/", "").replace(realRoot + "/", "").replace(buildDir + "/", "");
        m = m.lines().findFirst().orElse(m).strip();
        m = WRAPPER_LAYER.matcher(m).replaceFirst("");
        return m.length() > 600 ? m.substring(0, 600) + "…" : m;
    }

    private static void delete(Path dir) {
        if (dir == null) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

}
