package dev.cairn.ingest.render;

import static dev.cairn.ingest.render.RenderFixture.at;
import static dev.cairn.ingest.render.RenderFixture.object;
import static dev.cairn.ingest.render.RenderFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.SourceEvidence;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.SourcePath;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real kustomize (or kubectl kustomize) on a base, an overlay with a strategic-merge patch, an inline JSON
 * 6902 patch, an image override, a component and a generator: every field is traced to the line a person
 * edits. Skipped, saying why, where no kustomize v4.5.4+ is on PATH.
 */
class KustomizeRenderingTest {
    private static final Rendering.Options AUTO = Rendering.Options.of(RenderMode.AUTO, "1.31");

    @BeforeAll
    static void needsKustomize() {
        RenderTools.KustomizeLookup lookup = new RenderTools(System.getenv("PATH"), ProcessRunner.defaults()).kustomize();
        if (lookup.kustomize().isEmpty()) {
            System.err.println("KustomizeRenderingTest skipped: " + lookup.whyNot());
        }
        assumeTrue(lookup.kustomize().isPresent(), () -> "kustomize rendering not tested: " + lookup.whyNot());
    }

    static void sample(Path root) {
        write(root, "base/kustomization.yaml", """
                resources:
                  - deployment.yaml
                configMapGenerator:
                  - name: web-config
                    literals:
                      - MODE=base
                """);
        write(root, "base/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 1
                  selector:
                    matchLabels:
                      app: web
                  template:
                    metadata:
                      labels:
                        app: web
                    spec:
                      containers:
                        - name: web
                          image: nginx:1.27
                          securityContext:
                            runAsNonRoot: true
                """);
        write(root, "overlays/prod/kustomization.yaml", """
                namespace: prod
                namePrefix: prod-
                resources:
                  - ../../base
                components:
                  - ../../components/probes
                images:
                  - name: nginx
                    newTag: latest
                patches:
                  - path: privileged.yaml
                  - target:
                      kind: Deployment
                      name: web
                    patch: |-
                      - op: replace
                        path: /spec/replicas
                        value: 3
                """);
        write(root, "overlays/prod/privileged.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          securityContext:
                            privileged: true
                """);
        write(root, "components/probes/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1alpha1
                kind: Component
                patches:
                  - path: probes.yaml
                """);
        write(root, "components/probes/probes.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          livenessProbe:
                            httpGet:
                              path: /healthz
                              port: 8080
                """);
    }

    @Test
    void fieldsPointAtTheBaseThePatchOrTheKustomizationThatSetThem(@TempDir Path root) throws IOException {
        sample(root);
        RenderResult result = RenderFixture.render(root, AUTO);

        assertThat(result.variants()).containsExactly("overlays/prod");
        K8sObject web = object(result, "Deployment", "prod-web");
        assertThat(web.variant()).isEqualTo("overlays/prod");
        assertThat(web.location().display()).isEqualTo("base/deployment.yaml:1:1");
        assertThat(web.annotations()).as("the origin annotation cairn asked for is gone").isEmpty();
        // the base still sets what nobody overrides
        assertThat(at(web, "spec", "template", "spec", "containers", "0", "securityContext", "runAsNonRoot"))
                .isEqualTo("base/deployment.yaml:19:13");
        // a strategic-merge patch file
        assertThat(at(web, "spec", "template", "spec", "containers", "0", "securityContext", "privileged"))
                .isEqualTo("overlays/prod/privileged.yaml:11:13");
        // an inline JSON 6902 patch: the line inside the kustomization's block
        assertThat(at(web, "spec", "replicas")).isEqualTo("overlays/prod/kustomization.yaml:18:9");
        // the images transformer
        assertThat(at(web, "spec", "template", "spec", "containers", "0", "image"))
                .isEqualTo("overlays/prod/kustomization.yaml:9:5");
        // a component's patch
        assertThat(at(web, "spec", "template", "spec", "containers", "0", "livenessProbe", "httpGet", "path"))
                .isEqualTo("components/probes/probes.yaml:12:15");
        // the namespace transformer
        assertThat(at(web, "metadata", "namespace")).isEqualTo("overlays/prod/kustomization.yaml:1:1");
        // the container itself (a missing field is reported there) stays in the base
        assertThat(at(web, "spec", "template", "spec", "containers", "0")).isEqualTo("base/deployment.yaml:16:11");
    }

    @Test
    void generatedObjectsPointAtTheirGeneratorAndLiteral(@TempDir Path root) throws IOException {
        sample(root);
        RenderResult result = RenderFixture.render(root, AUTO);
        K8sObject config = result.objects().stream().filter(o -> o.kind().equals("ConfigMap")).findFirst().orElseThrow();

        assertThat(config.ref().name()).startsWith("prod-web-config-");
        assertThat(config.location().display()).isEqualTo("base/kustomization.yaml:4:5");
        assertThat(at(config, "data", "MODE")).isEqualTo("base/kustomization.yaml:6:9");
    }

    @Test
    void aBaseIsRenderedThroughItsOverlayOnlyAndItsFileIsCovered(@TempDir Path root) throws IOException {
        sample(root);
        RenderResult result = RenderFixture.render(root, AUTO);

        assertThat(result.objects()).extracting(o -> o.kind() + " " + o.ref().namespace() + "/" + o.ref().name())
                .containsExactlyInAnyOrder("Deployment prod/prod-web", "ConfigMap prod/" + object(result, "ConfigMap",
                        result.objects().stream().filter(o -> o.kind().equals("ConfigMap")).findFirst().orElseThrow().ref().name()).ref().name());
        assertThat(result.covered()).containsExactly(SourcePath.of("base/deployment.yaml"));
        assertThat(result.renders()).extracting(SourceEvidence::path, SourceEvidence::kind, e -> e.renderProblems().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SourcePath.of("overlays/prod/kustomization.yaml"),
                        FileKind.KUSTOMIZATION, 0));
    }

    @Test
    void aKustomizationThatDoesNotBuildIsAProblemAtTheEntryKustomizeNames(@TempDir Path root) throws IOException {
        write(root, "broken/kustomization.yaml", """
                resources:
                  - service.yaml
                  - missing.yaml
                """);
        write(root, "broken/service.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                """);
        RenderResult result = RenderFixture.render(root, AUTO);

        assertThat(result.objects()).isEmpty();
        assertThat(result.covered()).isEmpty();
        SourceEvidence failed = result.renders().get(0);
        assertThat(failed.path()).isEqualTo(SourcePath.of("broken/kustomization.yaml"));
        assertThat(failed.renderProblems()).singleElement().satisfies(p -> {
            assertThat(p.span().startLine()).isEqualTo(3);
            assertThat(p.span().startColumn()).isEqualTo(5);
            // the error inside the root, without the layer of cairn's wrapper kustomization around it
            assertThat(p.message()).startsWith("kustomize cannot build broken: accumulating resources: accumulation"
                    + " err='accumulating resources from 'missing.yaml'").contains("broken/missing.yaml")
                    .doesNotContain("cairn-kustomize").doesNotContain("recursed accumulation").doesNotContain("../");
        });
    }

    @Test
    void aRemoteBaseIsNotFetched(@TempDir Path root) throws IOException {
        write(root, "remote/kustomization.yaml", """
                resources:
                  - github.com/example/app//deploy?ref=v1.0.0
                """);
        RenderResult result = RenderFixture.render(root, new Rendering.Options(RenderMode.AUTO, "1.31",
                System.getenv("PATH"), new ProcessRunner(Duration.ofSeconds(5), 1024 * 1024)));

        assertThat(result.renders()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoteKind.RENDER_SKIPPED);
            assertThat(n.path()).isEqualTo(SourcePath.of("remote/kustomization.yaml"));
            assertThat(n.line()).isEqualTo(2);
            assertThat(n.message()).isEqualTo("not rendered: it uses the remote base github.com/example/app//deploy?ref=v1.0.0,"
                    + " and cairn renders offline; its local files are scanned as they are");
        });
    }

    @Test
    void helmChartsInAKustomizationAreNotInflated(@TempDir Path root) throws IOException {
        write(root, "app/kustomization.yaml", """
                resources:
                  - service.yaml
                helmCharts:
                  - name: redis
                    repo: https://charts.example.com
                """);
        write(root, "app/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n");
        RenderResult result = RenderFixture.render(root, AUTO);

        assertThat(result.renders()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoteKind.RENDER_SKIPPED);
            assertThat(n.line()).isEqualTo(3);
        });
    }
}
