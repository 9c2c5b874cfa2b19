package dev.cairn.helmjava;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.SourceEvidence;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YNode;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.render.ProcessRunner;
import dev.cairn.ingest.render.RenderMode;
import dev.cairn.ingest.render.RenderResult;
import dev.cairn.ingest.render.Rendering;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Helm rendering of a chart written here, through helm-java (an empty PATH keeps any helm executable
 * out): every field of the rendered objects is traced to its template line or to the values file line
 * that set it, per values variant.
 */
class HelmRenderingTest {
    /** No helm on this PATH: helm-java, on the test class path, renders. */
    private static final Rendering.Options IN_PROCESS = new Rendering.Options(RenderMode.AUTO, "1.31", "",
            ProcessRunner.defaults());

    static void chart(Path root) throws IOException {
        write(root, "charts/shop/Chart.yaml", """
                apiVersion: v2
                name: shop
                version: 0.1.0
                """);
        write(root, "charts/shop/values.yaml", """
                replicaCount: 1
                image:
                  repository: registry.example.com/shop
                  tag: latest
                db:
                  password: hunter2
                resources:
                  limits:
                    cpu: 500m
                podSecurityContext:
                  runAsUser: 0
                """);
        write(root, "charts/shop/values-prod.yaml", """
                replicaCount: 3
                image:
                  tag: 1.4.2
                """);
        write(root, "charts/shop/templates/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}
                  labels:
                    {{- include "shop.labels" . | nindent 4 }}
                spec:
                  replicas: {{ .Values.replicaCount }}
                  template:
                    spec:
                      {{- with .Values.podSecurityContext }}
                      securityContext:
                        {{- toYaml . | nindent 8 }}
                      {{- end }}
                      containers:
                        - name: shop
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                          env:
                            - name: DB_PASSWORD
                              value: {{ .Values.db.password | quote }}
                          resources:
                            {{- toYaml .Values.resources | nindent 12 }}
                          securityContext:
                            allowPrivilegeEscalation: true
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ .Release.Name }}
                spec:
                  ports:
                    - port: 80
                """);
        write(root, "charts/shop/templates/_helpers.tpl", """
                {{- define "shop.labels" -}}
                app.kubernetes.io/name: {{ .Chart.Name }}
                {{- end }}
                """);
    }

    @Test
    void eachValuesFileIsAVariantAndFieldsPointAtTemplateOrValuesLines(@TempDir Path root) throws IOException {
        chart(root);
        RenderResult result = render(root);

        assertThat(result.variants()).containsExactly("charts/shop", "charts/shop/values-prod.yaml");
        K8sObject defaults = deployment(result, "charts/shop");
        K8sObject prod = deployment(result, "charts/shop/values-prod.yaml");
        assertThat(defaults.location().display()).isEqualTo("charts/shop/templates/deployment.yaml:1:1");
        assertThat(defaults.ref().name()).isEqualTo("shop");

        // a value written from .Values points at the values file that set it, per variant
        assertThat(at(defaults, "spec", "replicas")).isEqualTo("charts/shop/values.yaml:1:1");
        assertThat(at(prod, "spec", "replicas")).isEqualTo("charts/shop/values-prod.yaml:1:1");
        assertThat(at(defaults, "spec", "template", "spec", "containers", "0", "image"))
                .isEqualTo("charts/shop/values.yaml:4:3");
        assertThat(at(prod, "spec", "template", "spec", "containers", "0", "image"))
                .isEqualTo("charts/shop/values-prod.yaml:3:3");
        // a literal credential in values
        assertThat(at(defaults, "spec", "template", "spec", "containers", "0", "env", "0", "value"))
                .isEqualTo("charts/shop/values.yaml:6:3");
        // YAML inserted with toYaml: the values line of the field
        assertThat(at(defaults, "spec", "template", "spec", "containers", "0", "resources", "limits", "cpu"))
                .isEqualTo("charts/shop/values.yaml:9:5");
        assertThat(at(defaults, "spec", "template", "spec", "securityContext", "runAsUser"))
                .isEqualTo("charts/shop/values.yaml:11:3");
        // what the template writes itself
        assertThat(at(defaults, "spec", "template", "spec", "containers", "0", "securityContext", "allowPrivilegeEscalation"))
                .isEqualTo("charts/shop/templates/deployment.yaml:24:13");
        assertThat(at(defaults, "spec", "template", "spec", "containers", "0")).isEqualTo("charts/shop/templates/deployment.yaml:16:11");
        // the second document of the template
        K8sObject service = result.objects().stream().filter(o -> o.kind().equals("Service")).findFirst().orElseThrow();
        assertThat(service.location().display()).isEqualTo("charts/shop/templates/deployment.yaml:26:1");
        assertThat(at(service, "spec", "ports", "0", "port")).isEqualTo("charts/shop/templates/deployment.yaml:32:7");
    }

    @Test
    void aMissingDependencyIsAProblemAtItsEntryInChartYaml(@TempDir Path root) throws IOException {
        chart(root);
        write(root, "charts/shop/Chart.yaml", """
                apiVersion: v2
                name: shop
                version: 0.1.0
                dependencies:
                  - name: redis
                    version: 20.0.0
                    repository: https://charts.example.com
                """);
        RenderResult result = render(root);

        assertThat(result.objects()).isEmpty();
        assertThat(result.renders()).hasSize(2).allSatisfy(r -> {
            assertThat(r.path()).isEqualTo(SourcePath.of("charts/shop/Chart.yaml"));
            assertThat(r.kind()).isEqualTo(FileKind.HELM_CHART);
            assertThat(r.renderProblems()).singleElement().satisfies(p -> {
                assertThat(p.span().startLine()).isEqualTo(5);
                assertThat(p.span().startColumn()).isEqualTo(5);
                assertThat(p.message()).contains("missing in charts/ directory: redis");
            });
        });
    }

    @Test
    void aTemplateErrorIsAProblemAtTheTemplatePosition(@TempDir Path root) throws IOException {
        chart(root);
        write(root, "charts/shop/templates/secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: {{ required "db.user is required" .Values.db.user }}
                """);
        RenderResult result = render(root);

        SourceEvidence failed = result.renders().get(0);
        assertThat(failed.path()).isEqualTo(SourcePath.of("charts/shop/templates/secret.yaml"));
        assertThat(failed.kind()).isEqualTo(FileKind.HELM_TEMPLATE);
        assertThat(failed.renderProblems()).singleElement().satisfies(p -> {
            assertThat(p.span().startLine()).isEqualTo(4);
            assertThat(p.span().startColumn()).isEqualTo(11);
            assertThat(p.variant()).isEqualTo("charts/shop");
            assertThat(p.message()).startsWith("Helm cannot render charts/shop: ").contains("db.user is required");
        });
    }

    @Test
    void librariesAndSubchartsAreNotRenderedAlone(@TempDir Path root) throws IOException {
        chart(root);
        write(root, "charts/shop/charts/cache/Chart.yaml", """
                apiVersion: v2
                name: cache
                version: 0.1.0
                """);
        write(root, "charts/shop/charts/cache/templates/service.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: cache
                """);
        write(root, "charts/common/Chart.yaml", """
                apiVersion: v2
                name: common
                type: library
                version: 0.1.0
                """);
        RenderResult result = render(root);

        assertThat(result.variants()).containsExactly("charts/shop", "charts/shop/values-prod.yaml");
        K8sObject cache = result.objects().stream().filter(o -> o.ref().name().equals("cache")).findFirst().orElseThrow();
        assertThat(cache.location().display()).isEqualTo("charts/shop/charts/cache/templates/service.yaml:1:1");
    }

    private static RenderResult render(Path root) throws IOException {
        var files = new Discovery(List.of(), List.of(), CairnConfig.DEFAULT_MAX_FILE_SIZE).discover(root).files();
        return Rendering.render(root, files, CairnConfig.DEFAULT_MAX_FILE_SIZE, new YamlReader(), IN_PROCESS);
    }

    private static K8sObject deployment(RenderResult result, String variant) {
        return result.objects().stream().filter(o -> o.kind().equals("Deployment") && o.variant().equals(variant))
                .findFirst().orElseThrow();
    }

    private static String at(K8sObject object, String... keys) {
        YNode node = object.root();
        for (String key : keys) {
            YNode current = node;
            node = key.matches("\\d+") ? current.asSeq().orElseThrow().items().get(Integer.parseInt(key))
                    : current.asMap().orElseThrow().get(key).orElseThrow(() -> new AssertionError("no " + key + " in " + current));
        }
        return object.sourceMap().locate(node, true).display();
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
