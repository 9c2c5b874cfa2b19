package dev.cairn.ingest.render;

import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.render.helm.HelmEngine;
import dev.cairn.ingest.render.helm.HelmEngines;
import dev.cairn.ingest.render.helm.HelmRenderer;
import dev.cairn.ingest.render.kustomize.Kustomization;
import dev.cairn.ingest.render.kustomize.Kustomizations;
import dev.cairn.ingest.render.kustomize.KustomizeInputs;
import dev.cairn.ingest.render.kustomize.KustomizeRenderer;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Renders what a repository deploys through kustomize and Helm, with the renderers this machine has, and
 * tells once what it could not render and why. Renderers are looked for only when there is something to
 * render, so a repository of plain manifests starts no process.
 */
public final class Rendering {
    /**
     * @param kubeVersion  the Kubernetes version charts are rendered for ({@code --kube-version})
     * @param pathVariable where to look for {@code kustomize}, {@code kubectl} and {@code helm} (PATH)
     * @param cacheRoot    the cairn cache folder, where renders are kept between scans; null for none
     */
    public record Options(RenderMode mode, String kubeVersion, String pathVariable, ProcessRunner runner, Path cacheRoot) {
        /** Without a cache. */
        public Options(RenderMode mode, String kubeVersion, String pathVariable, ProcessRunner runner) {
            this(mode, kubeVersion, pathVariable, runner, null);
        }

        /** The tools on PATH, without a cache. */
        public static Options of(RenderMode mode, String kubeVersion) {
            return new Options(mode, kubeVersion, System.getenv("PATH"), ProcessRunner.defaults());
        }

        /** The same options, keeping renders in {@code cacheRoot} (null for none). */
        public Options cachedIn(Path cacheRoot) {
            return new Options(mode, kubeVersion, pathVariable, runner, cacheRoot);
        }
    }

    private Rendering() {}

    public static RenderResult render(Path root, List<DiscoveredFile> files, long maxFileSize, YamlReader reader,
            Options options) {
        RenderResult.Builder out = new RenderResult.Builder();
        SourceFiles sources = new SourceFiles(root, maxFileSize, reader);
        Kustomizations kustomizations = Kustomizations.read(files, sources);
        List<SourcePath> charts = HelmRenderer.charts(files);
        if (options.mode() == RenderMode.OFF) {
            firstRoot(kustomizations).ifPresent(k -> out.notes().add(Note.file(k.file(), NoteKind.KUSTOMIZE_NOT_RENDERED,
                    "kustomize overlays were not rendered (--render off); their files are scanned as they are")));
            charts.forEach(c -> out.notes().add(Note.file(c.resolve("Chart.yaml"), NoteKind.HELM_TEMPLATE_NOT_RENDERED,
                    "Helm chart not rendered (--render off), so its templates are not checked")));
            return out.build();
        }
        RenderTools tools = new RenderTools(options.pathVariable(), options.runner());
        Caches caches = Caches.of(root, options.cacheRoot());
        // kustomize runs as processes, which this thread only waits for (the version check first, then the
        // roots): charts render here meanwhile, and the kustomize results still come first
        FutureTask<RenderResult.Builder> kustomized = new FutureTask<>(() -> {
            RenderResult.Builder k = new RenderResult.Builder();
            kustomize(kustomizations, tools, sources, options, caches, k);
            return k;
        });
        if (!kustomizations.isEmpty()) {
            Thread.ofPlatform().name("cairn-kustomize").daemon(true).start(kustomized);
        }
        RenderResult.Builder helm = new RenderResult.Builder();
        charts(charts, files, tools, sources, options, caches, helm);
        if (!kustomizations.isEmpty()) {
            out.addAll(Futures.join(kustomized, "rendering kustomizations"));
        }
        out.addAll(helm);
        return out.build();
    }

    private static void charts(List<SourcePath> charts, List<DiscoveredFile> files, RenderTools tools, SourceFiles sources,
            Options options, Caches caches, RenderResult.Builder out) {
        if (!charts.isEmpty()) {
            Optional<HelmEngine> engine = HelmEngines.find(tools, options.runner());
            if (engine.isEmpty()) {
                charts.forEach(c -> out.notes().add(Note.file(c.resolve("Chart.yaml"), NoteKind.HELM_TEMPLATE_NOT_RENDERED,
                        "Helm chart not rendered: no helm on PATH and no helm-java beside cairn.jar, so its templates are not checked")));
            } else {
                try {
                    new HelmRenderer(engine.get(), sources, semver(options.kubeVersion()), caches.helm(), caches.digest())
                            .render(files, out);
                } catch (RuntimeException e) {
                    // a renderer bug costs the charts their rendering, never the scan: the files are still checked raw
                    charts.forEach(c -> out.notes().add(Note.file(c.resolve("Chart.yaml"), NoteKind.HELM_TEMPLATE_NOT_RENDERED,
                            "Helm chart not rendered: cairn failed while rendering (" + e + ")")));
                }
            }
        }
    }

    /**
     * Asking kustomize for its version is a process of its own (about 70 ms for kubectl), so the roots are
     * rendered meanwhile with the kustomize most likely chosen. That result is kept when the version check
     * chooses the same command; otherwise it is dropped and the lookup's verdict stands.
     */
    private static void kustomize(Kustomizations kustomizations, RenderTools tools, SourceFiles sources, Options options,
            Caches caches, RenderResult.Builder out) {
        Optional<List<String>> likely = tools.likelyKustomize();
        FutureTask<RenderTools.KustomizeLookup> verified = new FutureTask<>(tools::kustomize);
        Thread.ofPlatform().name("cairn-kustomize-version").daemon(true).start(verified);
        RenderResult.Builder early = new RenderResult.Builder();
        // the version is part of what a kept build depends on: reading a kept build for the likely command waits for it
        Supplier<Optional<String>> likelyVersion = () -> Futures.join(verified, "asking kustomize for its version")
                .kustomize().filter(k -> likely.isPresent() && k.command().equals(likely.get())).map(RenderTools.Kustomize::version);
        likely.ifPresent(command -> kustomize(kustomizations, new RenderTools.Kustomize(command, null), sources, options,
                caches, likelyVersion, early));
        RenderTools.KustomizeLookup lookup = Futures.join(verified, "asking kustomize for its version");
        if (likely.isPresent() && lookup.kustomize().map(k -> k.command().equals(likely.get())).orElse(false)) {
            out.addAll(early);
            return;
        }
        if (lookup.kustomize().isEmpty()) {
            firstRoot(kustomizations).ifPresent(k -> out.notes().add(Note.file(k.file(), NoteKind.KUSTOMIZE_NOT_RENDERED,
                    "kustomize overlays were not rendered: " + lookup.whyNot() + "; their files are scanned as they are")));
            return;
        }
        RenderTools.Kustomize tool = lookup.kustomize().get();
        kustomize(kustomizations, tool, sources, options, caches, () -> Optional.of(tool.version()), out);
    }

    private static void kustomize(Kustomizations kustomizations, RenderTools.Kustomize tool, SourceFiles sources,
            Options options, Caches caches, Supplier<Optional<String>> version, RenderResult.Builder out) {
        try {
            new KustomizeRenderer(tool, options.runner(), sources, caches.kustomize(), new KustomizeInputs(caches.digest(), version))
                    .render(kustomizations, out);
        } catch (IOException | RuntimeException e) {
            firstRoot(kustomizations).ifPresent(k -> out.notes().add(Note.file(k.file(), NoteKind.KUSTOMIZE_NOT_RENDERED,
                    "kustomize overlays were not rendered: " + e.getMessage())));
        }
    }

    /**
     * The caches of kustomize and Helm output, and the digests of what they read, shared by the scan's renders;
     * the caches are null without a cache folder, or when the repository's real path is unknown.
     */
    private record Caches(RenderCache kustomize, RenderCache helm, InputDigest digest) {
        static Caches of(Path root, Path cacheRoot) {
            try {
                InputDigest digest = new InputDigest(root.toRealPath());
                return cacheRoot == null ? new Caches(null, null, digest)
                        : new Caches(new RenderCache(cacheRoot, "kustomize"), new RenderCache(cacheRoot, "helm"), digest);
            } catch (IOException | SecurityException e) {
                return new Caches(null, null, new InputDigest(root.toAbsolutePath()));
            }
        }
    }

    private static Optional<Kustomization> firstRoot(Kustomizations kustomizations) {
        return kustomizations.roots().stream().findFirst();
    }

    /** Helm wants a full version: {@code 1.31} becomes {@code 1.31.0}. */
    static String semver(String kubeVersion) {
        String v = kubeVersion.startsWith("v") ? kubeVersion.substring(1) : kubeVersion;
        return v.chars().filter(c -> c == '.').count() == 1 ? v + ".0" : v;
    }
}
