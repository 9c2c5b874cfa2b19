package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TEC-25: the app exposes health and metrics endpoints, so SLIs can be measured.
 * <ul>
 *   <li>metrics: a Prometheus client or Micrometer Prometheus registry, an OpenTelemetry SDK or Java agent in the
 *       build or Dockerfile, {@code OTEL_*} variables, {@code prometheus.io/scrape} annotations, or a
 *       {@code ServiceMonitor}/{@code PodMonitor};</li>
 *   <li>health: Spring Boot Actuator, SmallRye or MicroProfile Health, a gRPC health service, or probes on the
 *       workloads (which call an endpoint or command the app provides).</li>
 * </ul>
 * MET: both; PARTIAL: one; NOT_MET: neither; UNKNOWN: no build files and no manifests to look in.
 */
public final class HealthAndMetricsEndpointsEvaluator implements Evaluator {
    static final String[] BUILD_FILES = {"pom.xml", "build.gradle", "build.gradle.kts", "go.mod", "package.json",
            "requirements*.txt", "pyproject.toml", "Cargo.toml", "Gemfile"};
    static final Pattern METRICS_LIBRARY = Pattern.compile("micrometer-registry-prometheus|micrometer-registry-otlp|"
            + "io\\.prometheus|prometheus/client_golang|prom-client|prometheus[-_]client|prometheus-fastapi|"
            + "opentelemetry|go\\.opentelemetry\\.io|@opentelemetry/|quarkus-micrometer|smallrye-metrics|metrics-exporter-prometheus");
    static final Pattern JAVA_AGENT = Pattern.compile("opentelemetry-javaagent|-javaagent:\\S*(opentelemetry|otel)");
    static final Pattern HEALTH_LIBRARY = Pattern.compile("spring-boot-starter-actuator|smallrye-health|microprofile-health|"
            + "grpc-health|grpc_health|health/grpc_health_v1|terminus|@nestjs/terminus|express-healthcheck|django-health-check");

    @Override
    public String criterion() {
        return "TEC-25";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> metrics = new ArrayList<>();
        evidence.files().grep(METRICS_LIBRARY, BUILD_FILES).stream().limit(2)
                .forEach(m -> metrics.add(file(m, "metrics library")));
        evidence.files().grep(JAVA_AGENT, ContainerBuildFiles.DOCKERFILES).stream().limit(1)
                .forEach(m -> metrics.add(file(m, "OpenTelemetry Java agent")));
        scraped(evidence.manifests()).stream().limit(3)
                .forEach(o -> metrics.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name() + " " + collection(o))));
        List<EvidenceItem> health = new ArrayList<>();
        evidence.files().grep(HEALTH_LIBRARY, BUILD_FILES).stream().limit(2).forEach(m -> health.add(file(m, "health endpoint library")));
        evidence.manifests().with(Feature.HEALTH_PROBES).stream().limit(2).forEach(o -> health.add(EvidenceItem.manifest(o.ref(),
                o.location(), o.kind() + " " + o.ref().name() + " has health probes")));

        List<EvidenceItem> items = new ArrayList<>(metrics);
        items.addAll(health);
        if (!metrics.isEmpty() && !health.isEmpty()) {
            return Observation.met("the app exposes metrics (" + metrics.get(0).summary() + ") and health ("
                    + health.get(0).summary() + ")", items);
        }
        if (!metrics.isEmpty()) {
            return Observation.partial("the app exposes metrics (" + metrics.get(0).summary() + ") but no health endpoint"
                    + " was found: add one and probe it", items);
        }
        if (!health.isEmpty()) {
            return Observation.partial("the app has health checks (" + health.get(0).summary() + ") but exposes no metrics:"
                    + " add a Prometheus or OpenTelemetry metrics endpoint", items);
        }
        if (evidence.files().matching(BUILD_FILES).isEmpty() && evidence.manifests().isEmpty()) {
            return Observation.unknown("no build files or manifests to find health and metrics endpoints in");
        }
        return Observation.notMet("no health or metrics endpoint found: add a metrics library (Prometheus client,"
                + " Micrometer, OpenTelemetry) and a health endpoint", items);
    }

    /** Objects annotated for scraping, configured for OpenTelemetry, and Prometheus Operator monitors. */
    static List<ObjectFacts> scraped(ManifestFacts manifests) {
        return manifests.anyOf(manifests.with(Feature.PROMETHEUS_SCRAPE), manifests.with(Feature.OPENTELEMETRY_ENV),
                manifests.ofType((apiVersion, kind) -> apiVersion.startsWith("monitoring.coreos.com/")
                        && (kind.equals("ServiceMonitor") || kind.equals("PodMonitor"))));
    }

    private static String collection(ObjectFacts o) {
        if (o.kind().equals("ServiceMonitor") || o.kind().equals("PodMonitor")) return "scrapes the app's metrics";
        return o.has(Feature.PROMETHEUS_SCRAPE) ? "is annotated for Prometheus scraping" : "sends OpenTelemetry data";
    }

    private static EvidenceItem file(TextMatch m, String what) {
        return EvidenceItem.file(m.location(), what + ": " + m.text().strip());
    }
}
