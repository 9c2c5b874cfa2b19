package dev.cairn.maturity.assess.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.manifest.FileEvidence;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Features read through the real parser, as the scanner extracts them. */
class ObjectFactsTest {

    @Test
    void containerFeaturesComeFromAppContainersOnly() {
        ObjectFacts deployment = one("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: api }
                spec:
                  template:
                    spec:
                      initContainers:
                        - name: migrate
                          image: ghcr.io/acme/migrate:1.0.0
                          resources: { requests: { cpu: 100m } }
                          readinessProbe: { httpGet: { path: /ready, port: 8080 } }
                      containers:
                        - name: api
                          image: ghcr.io/acme/api:1.0.0
                          env: [ { name: MODE, value: prod } ]
                          startupProbe: { httpGet: { path: /started, port: 8080 } }
                """);

        assertThat(deployment.features()).containsExactlyInAnyOrder(Feature.ENV_VARIABLES, Feature.STARTUP_PROBE);
        assertThat(deployment.images()).extracting(ImageUse::image)
                .containsExactly("ghcr.io/acme/api:1.0.0", "ghcr.io/acme/migrate:1.0.0");
    }

    @Test
    void requestsProbesAndConfigFromTheEnvironment() {
        ObjectFacts deployment = one("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: api }
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: ghcr.io/acme/api:1.0.0
                          envFrom: [ { configMapRef: { name: api } } ]
                          resources: { requests: { cpu: 100m, memory: 128Mi } }
                          livenessProbe: { httpGet: { path: /live, port: 8080 } }
                """);

        assertThat(deployment.features()).containsExactlyInAnyOrder(Feature.ENV_FROM_CONFIG, Feature.ENV_VARIABLES,
                Feature.RESOURCE_REQUESTS, Feature.HEALTH_PROBES);
    }

    @Test
    void emptyRequestsAndEmptyEnvCountForNothing() {
        ObjectFacts deployment = one("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: api }
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: ghcr.io/acme/api:1.0.0
                          env: []
                          resources: { requests: {} }
                """);

        assertThat(deployment.features()).isEmpty();
    }

    @Test
    void kubeconfigWithAnExecPluginAndOneWithAStaticToken() {
        List<ObjectFacts> configs = read("""
                apiVersion: v1
                kind: Config
                users:
                  - name: dev
                    user:
                      exec: { apiVersion: client.authentication.k8s.io/v1beta1, command: kubelogin }
                ---
                apiVersion: v1
                kind: Config
                users:
                  - name: admin
                    user: { token: abc }
                """);

        assertThat(configs.get(0).features()).containsExactly(Feature.KUBECONFIG_EXEC_AUTH);
        assertThat(configs.get(1).features()).containsExactly(Feature.KUBECONFIG_STATIC_CREDENTIAL);
    }

    @Test
    void ingressClassFromTheFieldOrTheOlderAnnotation() {
        List<ObjectFacts> ingresses = read("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: { name: a }
                spec: { ingressClassName: nginx }
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: b
                  annotations: { kubernetes.io/ingress.class: traefik }
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: { name: c }
                """);

        assertThat(ingresses).extracting(o -> o.has(Feature.INGRESS_CLASS)).containsExactly(true, true, false);
    }

    @Test
    void inferenceServiceReadingItsModelFromAnOciArtifact() {
        List<ObjectFacts> services = read("""
                apiVersion: serving.kserve.io/v1beta1
                kind: InferenceService
                metadata: { name: oci }
                spec:
                  predictor:
                    model: { modelFormat: { name: sklearn }, storageUri: oci://ghcr.io/acme/model:1.0 }
                ---
                apiVersion: serving.kserve.io/v1beta1
                kind: InferenceService
                metadata: { name: bucket }
                spec:
                  predictor:
                    model: { modelFormat: { name: sklearn }, storageUri: gs://acme/model }
                """);

        assertThat(services).extracting(o -> o.has(Feature.OCI_MODEL)).containsExactly(true, false);
    }

    @Test
    void grafanaDashboardsAreConfigMapsWithTheSidecarsLabel() {
        List<ObjectFacts> configMaps = read("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: api-dashboard
                  labels: { grafana_dashboard: "1" }
                data: { api.json: "{}" }
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: api-settings
                  labels: { app: api }
                ---
                apiVersion: v1
                kind: Secret
                metadata:
                  name: api-dashboard
                  labels: { grafana_dashboard: "1" }
                """);

        assertThat(configMaps).extracting(o -> o.has(Feature.GRAFANA_DASHBOARD)).containsExactly(true, false, false);
    }

    private static ObjectFacts one(String yaml) {
        List<ObjectFacts> facts = read(yaml);
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }

    private static List<ObjectFacts> read(String yaml) {
        FileEvidence evidence = new ManifestReader(YamlLimits.defaults())
                .read(SourcePath.of("deploy/app.yaml"), FileKind.MANIFEST, yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(evidence.source().problems()).isEmpty();
        return evidence.objects().stream().map(ObjectFacts::of).toList();
    }
}
