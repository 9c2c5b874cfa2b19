package dev.cairn.ingest.render.helm;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.RenderProblem;
import dev.cairn.core.check.SourceEvidence;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YSeq;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.render.InputDigest;
import dev.cairn.ingest.render.Placed;
import dev.cairn.ingest.render.RenderCache;
import dev.cairn.ingest.render.RenderResult;
import dev.cairn.ingest.render.RenderedText;
import dev.cairn.ingest.render.SourceFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders each chart with {@code helm template}: once with its default values, and once more with each
 * {@code values-*.yaml} beside its {@code Chart.yaml} (the render variant). Charts inside another chart's
 * {@code charts/} folder are rendered as part of it; library charts render nothing. A chart Helm refuses
 * (a missing dependency, a template error) becomes a render problem at the line Helm names.
 */
public final class HelmRenderer {
    private static final Pattern SOURCE = Pattern.compile("^# Source: (.+)$");
    private static final Pattern FILE_POSITION = Pattern.compile(
            "([\\w.-]+(?:/[\\w.@-]+)*\\.(?:yaml|yml|tpl|txt|json))(?::(\\d+)(?::(\\d+))?)?");
    private static final Pattern MISSING_DEPENDENCY = Pattern.compile("missing in charts/ directory: ([\\w.-]+)");

    private final HelmEngine engine;
    private final SourceFiles files;
    private final String kubeVersion;
    /** Null without a cache ({@code --no-cache}). */
    private final RenderCache cache;
    private final InputDigest digest;

    /** @param cache where renders are kept between scans; null for none */
    public HelmRenderer(HelmEngine engine, SourceFiles files, String kubeVersion, RenderCache cache, InputDigest digest) {
        this.engine = engine;
        this.files = files;
        this.kubeVersion = kubeVersion;
        this.cache = cache;
        this.digest = digest;
    }

    /** The chart folders to render: not nested in another chart's {@code charts/}, and not library charts. */
    public static List<SourcePath> charts(List<DiscoveredFile> discovered) {
        TreeSet<SourcePath> all = new TreeSet<>();
        discovered.stream().filter(f -> f.kind() == FileKind.HELM_CHART).forEach(f -> all.add(f.path().parent()));
        return all.stream().filter(dir -> all.stream().noneMatch(other -> dir.value().startsWith(
                other.value().isEmpty() ? "charts/" : other.value() + "/charts/"))).toList();
    }

    public void render(List<DiscoveredFile> discovered, RenderResult.Builder out) {
        for (SourcePath chart : charts(discovered)) {
            SourcePath chartFile = chart.resolve("Chart.yaml");
            Optional<YMap> meta = files.get(chartFile).flatMap(s -> s.yaml().documents().stream().findFirst())
                    .map(YDocument::root).flatMap(YNode::asMap);
            if (meta.flatMap(m -> m.string("type")).filter("library"::equals).isPresent()) {
                continue;
            }
            String release = meta.flatMap(m -> m.string("name")).filter(n -> n.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"))
                    .orElse("release-name");
            List<SourcePath> valuesFiles = discovered.stream()
                    .filter(f -> f.kind() == FileKind.HELM_VALUES && f.path().parent().equals(chart)
                            && f.path().fileName().matches("values-.+\\.ya?ml"))
                    .map(DiscoveredFile::path).sorted().toList();
            renderVariant(chart, chartFile, release, null, out);
            for (SourcePath values : valuesFiles) {
                renderVariant(chart, chartFile, release, values, out);
            }
        }
    }

    private void renderVariant(SourcePath chart, SourcePath chartFile, String release, SourcePath valuesFile,
            RenderResult.Builder out) {
        String variant = valuesFile == null ? (chart.value().isEmpty() ? "." : chart.value()) : valuesFile.value();
        Optional<String> rendered = template(chart, chartFile, release, valuesFile, variant, out);
        if (rendered.isEmpty()) {
            return;
        }
        String yaml = rendered.get();
        List<Placed> values = new ArrayList<>();
        if (valuesFile != null) root(valuesFile).ifPresent(values::add);
        root(chart.resolve("values.yaml")).ifPresent(values::add);
        Map<String, Integer> ordinals = new HashMap<>();
        int index = 0;
        for (RenderedText.Document document : RenderedText.split(yaml, files.reader(), chartFile)) {
            Optional<SourcePath> template = document.comments().stream().map(SOURCE::matcher).filter(Matcher::matches)
                    .map(m -> m.group(1).strip()).findFirst().flatMap(marker -> templatePath(chart, marker));
            if (template.isEmpty()) continue;
            if (!document.problems().isEmpty()) {
                out.renders().add(SourceEvidence.rendered(template.get(), FileKind.HELM_TEMPLATE, List.of(new RenderProblem(
                        Span.point(1, 1), variant, "Helm renders YAML that does not parse (" + variant + "): "
                                + document.problems().get(0).message()))));
                continue;
            }
            Optional<SourceFiles.Source> source = files.get(template.get());
            if (source.isEmpty()) continue;
            boolean subchart = !template.get().value().startsWith(chart.resolve("templates").value() + "/");
            for (YMap object : document.objects()) {
                int documentIndex = index++;
                K8sObject.from(SourcePath.ROOT, documentIndex, object, variant).ifPresent(parsed -> {
                    int ordinal = ordinals.merge(template.get() + "\u0000" + parsed.kind(), 1, Integer::sum) - 1;
                    HelmSourceMap map = new HelmSourceMap(object, template.get(), source.get().lines(), parsed.kind(), ordinal,
                            subchart ? List.of() : values);
                    out.objects().add(new K8sObject(template.get(), documentIndex, object, parsed.ref(), variant, map));
                });
            }
        }
        out.variants().add(variant);
        out.renders().add(SourceEvidence.rendered(chartFile, FileKind.HELM_CHART, List.of()));
    }

    /**
     * What {@code helm template} prints for the variant: kept from an earlier scan, else rendered now (and kept
     * for the next); empty when Helm refuses the chart, which is reported as a render problem.
     */
    private Optional<String> template(SourcePath chart, SourcePath chartFile, String release, SourcePath valuesFile,
            String variant, RenderResult.Builder out) {
        String entry = RenderCache.nameOf(digest.root().toString(), chart.value(), variant);
        Optional<String> inputs = inputs(chart, release, valuesFile);
        Optional<RenderCache.Entry> kept = inputs.flatMap(i -> cache.read(entry, i, HelmRenderer::engineInInputs));
        if (kept.isPresent()) {
            out.kept();
            if (kept.get().failure() != null) {
                out.renders().add(problem(chart, chartFile, variant, kept.get().failure()));
                return Optional.empty();
            }
            return Optional.of(kept.get().stdout());
        }
        out.ran();
        try {
            String yaml = engine.template(new HelmEngine.Request(files.root().resolve(chart.value()), release,
                    Optional.ofNullable(valuesFile).map(v -> files.root().resolve(v.value())), kubeVersion));
            inputs.ifPresent(i -> cache.write(entry, i, ENGINE_IN_INPUTS, RenderCache.Entry.built(null, yaml)));
            return Optional.of(yaml);
        } catch (HelmEngine.HelmException e) {
            out.renders().add(problem(chart, chartFile, variant, e.getMessage()));
            if (e.lasting()) {
                inputs.ifPresent(i -> cache.write(entry, i, ENGINE_IN_INPUTS, RenderCache.Entry.failed(e.getMessage())));
            }
            return Optional.empty();
        }
    }

    /** The engine's identity is known at once, so it is part of the inputs, and the cache's version is this. */
    private static final String ENGINE_IN_INPUTS = "engine in inputs";

    private static Optional<String> engineInInputs() {
        return Optional.of(ENGINE_IN_INPUTS);
    }

    /**
     * What {@code helm template} reads for one variant: the chart's folder (its subcharts included) and the
     * values file, with the engine, release name and Kubernetes version; empty without a cache.
     */
    private Optional<String> inputs(SourcePath chart, String release, SourcePath valuesFile) {
        if (cache == null) {
            return Optional.empty();
        }
        try {
            return digest.of(List.of("helm", engine.identity(), release, kubeVersion, String.valueOf(valuesFile)),
                    List.of(chart), valuesFile == null ? List.of() : List.of(valuesFile));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code podinfo/templates/deployment.yaml} names a file of the chart folder (the first segment is the chart). */
    private static Optional<SourcePath> templatePath(SourcePath chart, String marker) {
        int slash = marker.indexOf('/');
        if (slash < 0 || marker.contains("..")) return Optional.empty();
        return Optional.of(chart.resolve(marker.substring(slash + 1)));
    }

    private Optional<Placed> root(SourcePath path) {
        return files.get(path).flatMap(s -> s.yaml().documents().stream().findFirst())
                .filter(d -> d.root() != null).map(d -> Placed.document(path, d.index(), d.root()));
    }

    /** Where Helm's complaint points: a template position, a missing dependency, else the chart's first line. */
    private SourceEvidence problem(SourcePath chart, SourcePath chartFile, String variant, String message) {
        String text = message.lines().findFirst().orElse(message).strip();
        String shown = "Helm cannot render " + variant + ": " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
        Matcher position = FILE_POSITION.matcher(text);
        while (position.find()) {
            Optional<SourcePath> file = templatePath(chart, position.group(1));
            if (file.isPresent() && files.get(file.get()).isPresent() && !file.get().equals(chartFile)) {
                int line = position.group(2) == null ? 1 : Integer.parseInt(position.group(2));
                int column = position.group(3) == null ? 1 : Integer.parseInt(position.group(3));
                return SourceEvidence.rendered(file.get(), FileKind.HELM_TEMPLATE,
                        List.of(new RenderProblem(Span.point(line, column), variant, shown)));
            }
        }
        Optional<YMap> meta = files.get(chartFile).flatMap(s -> s.yaml().documents().stream().findFirst())
                .map(YDocument::root).flatMap(YNode::asMap);
        Span at = meta.map(m -> firstLine(m.span())).orElse(Span.point(1, 1));
        Matcher missing = MISSING_DEPENDENCY.matcher(text);
        if (missing.find() && meta.isPresent()) {
            String name = missing.group(1);
            at = meta.get().seq("dependencies").map(YSeq::items).orElse(List.of()).stream()
                    .flatMap(d -> d.asMap().flatMap(m -> m.entry("name")).filter(e -> e.value().asScalar()
                            .flatMap(s -> s.string()).filter(name::equals).isPresent()).stream())
                    .map(YEntry::span).findFirst().orElse(at);
        } else if (text.contains("kubeVersion") && meta.isPresent()) {
            at = meta.get().entry("kubeVersion").map(YEntry::span).orElse(at);
        }
        return SourceEvidence.rendered(chartFile, FileKind.HELM_CHART, List.of(new RenderProblem(at, variant, shown)));
    }

    private static Span firstLine(Span span) {
        return new Span(span.startLine(), span.startColumn(), span.startLine(), span.startColumn());
    }
}
