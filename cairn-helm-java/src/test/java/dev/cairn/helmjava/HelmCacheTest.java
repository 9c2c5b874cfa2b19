package dev.cairn.helmjava;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.render.InputDigest;
import dev.cairn.ingest.render.RenderCache;
import dev.cairn.ingest.render.RenderResult;
import dev.cairn.ingest.render.SourceFiles;
import dev.cairn.ingest.render.helm.HelmEngine;
import dev.cairn.ingest.render.helm.HelmRenderer;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kept Helm renders: a chart variant whose chart folder and values file are unchanged is not rendered again,
 * and reads the same. Helm itself (helm-java) renders; a decorator counts its renders.
 */
class HelmCacheTest {
    @TempDir
    Path root;
    @TempDir
    Path cache;
    private final List<String> renders = new ArrayList<>();

    @Test
    void anUnchangedChartIsNotRenderedAgainAndReadsTheSame() throws IOException {
        HelmRenderingTest.chart(root);
        RenderResult first = render();
        RenderResult second = render();

        assertThat(renders).containsExactly("charts/shop", "charts/shop/values-prod.yaml");
        assertThat(List.of(first.ran(), first.kept(), second.ran(), second.kept())).containsExactly(2, 0, 0, 2);
        assertThat(second.objects()).extracting(HelmCacheTest::identity)
                .containsExactlyElementsOf(first.objects().stream().map(HelmCacheTest::identity).toList());
        assertThat(second.variants()).containsExactly("charts/shop", "charts/shop/values-prod.yaml");
    }

    @Test
    void aChangedValuesFileRendersTheChartAgain() throws IOException {
        HelmRenderingTest.chart(root);
        render();
        Files.writeString(root.resolve("charts/shop/values-prod.yaml"), "replicaCount: 5\n");
        RenderResult second = render();

        // every file of a chart is loaded with it (templates may read any through .Files), so both variants
        assertThat(renders).hasSize(4);
        assertThat(second.objects()).filteredOn(o -> o.kind().equals("Deployment"))
                .extracting(o -> o.variant() + " " + o.root().path("spec", "replicas").orElseThrow().asScalar().orElseThrow().text())
                .containsExactly("charts/shop 1", "charts/shop/values-prod.yaml 5");
    }

    @Test
    void aChangeOutsideTheChartRendersNothingAgain() throws IOException {
        HelmRenderingTest.chart(root);
        Files.writeString(root.resolve("README.md"), "the shop\n");
        render();
        Files.writeString(root.resolve("README.md"), "the shop, deployed with Helm\n");
        render();

        assertThat(renders).hasSize(2);
    }

    @Test
    void aChangedTemplateRendersEveryVariant() throws IOException {
        HelmRenderingTest.chart(root);
        render();
        Path template = root.resolve("charts/shop/templates/deployment.yaml");
        Files.writeString(template, Files.readString(template).replace("replicas: {{ .Values.replicaCount }}", "replicas: 7"));
        RenderResult second = render();

        assertThat(renders).hasSize(4);
        assertThat(second.objects()).filteredOn(o -> o.kind().equals("Deployment"))
                .extracting(o -> o.root().path("spec", "replicas").orElseThrow().asScalar().orElseThrow().text())
                .containsExactly("7", "7");
    }

    @Test
    void aRefusedChartIsKeptUntilItChanges() throws IOException {
        HelmRenderingTest.chart(root);
        Path secret = root.resolve("charts/shop/templates/secret.yaml");
        Files.writeString(secret, """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: {{ required "db.user is required" .Values.db.user }}
                """);
        RenderResult first = render();
        RenderResult second = render();

        assertThat(renders).hasSize(2);
        assertThat(problems(second)).containsExactlyElementsOf(problems(first)).hasSize(2)
                .allSatisfy(p -> assertThat(p).startsWith("charts/shop/templates/secret.yaml:4:11 Helm cannot render charts/shop"));

        Files.writeString(secret, Files.readString(secret).replace("{{ required \"db.user is required\" .Values.db.user }}", "db"));
        RenderResult fixed = render();

        assertThat(renders).hasSize(4);
        assertThat(problems(fixed)).isEmpty();
        assertThat(fixed.objects()).extracting(o -> o.kind() + " " + o.ref().name()).contains("Secret db");
    }

    @Test
    void aChartThatRendersNothingIsKeptToo() throws IOException {
        write(root, "charts/off/Chart.yaml", "apiVersion: v2\nname: off\nversion: 0.1.0\n");
        write(root, "charts/off/values.yaml", "enabled: false\n");
        write(root, "charts/off/templates/deployment.yaml", "{{- if .Values.enabled }}\nkind: Deployment\n{{- end }}\n");
        RenderResult first = render();
        RenderResult second = render();

        assertThat(renders).containsExactly("charts/off");
        assertThat(List.of(first.ran(), first.kept(), second.ran(), second.kept())).containsExactly(1, 0, 0, 1);
        assertThat(first.objects()).isEmpty();
        assertThat(first.variants()).containsExactly("charts/off");
        assertThat(second.variants()).containsExactly("charts/off");
    }

    private static void write(Path root, String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    private static List<String> problems(RenderResult result) {
        return result.renders().stream().flatMap(r -> r.renderProblems().stream()
                .map(p -> r.path() + ":" + p.span().startLine() + ":" + p.span().startColumn() + " " + p.message())).toList();
    }

    private RenderResult render() throws IOException {
        var files = new Discovery(List.of(), List.of(), CairnConfig.DEFAULT_MAX_FILE_SIZE).discover(root).files();
        RenderResult.Builder out = new RenderResult.Builder();
        new HelmRenderer(counted(new HelmJavaEngine()), new SourceFiles(root, CairnConfig.DEFAULT_MAX_FILE_SIZE, new YamlReader()),
                "1.31.0", new RenderCache(cache, "helm"), new InputDigest(root.toRealPath())).render(files, out);
        return out.build();
    }

    /** The real engine, with each render it does noted by variant (its values file, else its chart). */
    private HelmEngine counted(HelmEngine engine) {
        return new HelmEngine() {
            @Override
            public String name() {
                return engine.name();
            }

            @Override
            public String identity() throws IOException {
                return engine.identity();
            }

            @Override
            public String template(Request request) throws HelmException {
                renders.add(root.relativize(request.valuesFile().orElse(request.chart())).toString());
                return engine.template(request);
            }
        };
    }

    private static String identity(K8sObject o) {
        return o.variant() + " " + o.kind() + " " + o.ref().name() + " " + o.location().display();
    }
}
