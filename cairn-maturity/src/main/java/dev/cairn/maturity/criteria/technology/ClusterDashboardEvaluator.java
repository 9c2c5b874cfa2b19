package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * TEC-7: Dev and Ops have a cluster view (dashboard) and basic resource metrics. What people look at is
 * seen in a cluster or told in the answer, so the files are hints (cnmm-level1.md §2.6):
 * <ul>
 *   <li>MET (hint): dashboards (Grafana dashboard JSON, {@code GrafanaDashboard} objects, ConfigMaps labelled
 *       {@code grafana_dashboard}, Grafana, Kubernetes Dashboard or Headlamp deployed) and metrics collection
 *       ({@code ServiceMonitor}, {@code PodMonitor}, {@code Prometheus}, {@code PrometheusRule}, metrics-server,
 *       a kube-prometheus-stack release);</li>
 *   <li>PARTIAL (hint): only one of the two;</li>
 *   <li>UNKNOWN: neither.</li>
 * </ul>
 */
public final class ClusterDashboardEvaluator implements Evaluator {
    static final String[] DASHBOARD_FILES = {"**/dashboards/**/*.json", "*dashboard*.json", "*-dashboard.json"};
    static final Set<String> MONITORING_KINDS = Set.of("ServiceMonitor", "PodMonitor", "Prometheus", "PrometheusRule");

    @Override
    public String criterion() {
        return "TEC-7";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        ManifestFacts manifests = evidence.manifests();
        List<EvidenceItem> dashboards = new ArrayList<>();
        evidence.files().matching(DASHBOARD_FILES).stream().limit(3)
                .forEach(p -> dashboards.add(EvidenceItem.file(Location.file(p), "dashboard " + p.fileName())));
        dashboards(manifests).stream().limit(3).forEach(o -> dashboards.add(item(o)));
        manifests.with(Feature.GRAFANA_DASHBOARD).stream().limit(3)
                .forEach(o -> dashboards.add(EvidenceItem.manifest(o.ref(), o.location(), "Grafana dashboard ConfigMap " + o.ref().name())));
        List<EvidenceItem> metrics = metricsCollection(manifests).stream().limit(4).map(ClusterDashboardEvaluator::item).toList();
        List<EvidenceItem> items = new ArrayList<>(dashboards);
        items.addAll(metrics);
        if (!dashboards.isEmpty() && !metrics.isEmpty()) {
            return Observation.met("dashboards and metrics collection are declared (" + dashboards.get(0).summary()
                    + ", " + metrics.get(0).summary() + ")", items).asHint();
        }
        if (!dashboards.isEmpty()) {
            return Observation.partial("dashboards are declared but no metrics collection (ServiceMonitor, metrics-server):"
                    + " give Dev and Ops resource metrics", items).asHint();
        }
        if (!metrics.isEmpty()) {
            return Observation.partial("metrics are collected (" + metrics.get(0).summary() + ") but no dashboard is"
                    + " declared: give Dev and Ops a view of the cluster", items).asHint();
        }
        return Observation.unknown("no dashboard or metrics stack in the repository; a cluster or an answer to TEC-7 tells");
    }

    private static EvidenceItem item(ObjectFacts o) {
        return EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name());
    }

    /** Dashboard objects, workloads running Grafana, Kubernetes Dashboard or Headlamp, and releases of them. */
    static List<ObjectFacts> dashboards(ManifestFacts manifests) {
        return manifests.anyOf(manifests.ofKind("GrafanaDashboard", "Grafana"),
                manifests.workloads().stream().filter(ClusterDashboardEvaluator::runsDashboard).toList(),
                releases(manifests).stream().filter(o -> named(o, "grafana", "headlamp", "kubernetes-dashboard")).toList());
    }

    private static boolean runsDashboard(ObjectFacts workload) {
        String name = workload.ref().name();
        return name.equals("grafana") || name.contains("kubernetes-dashboard") || name.contains("headlamp")
                || workload.images().stream().anyMatch(i -> i.image().contains("grafana/grafana")
                        || i.image().contains("kubernetesui/dashboard") || i.image().contains("headlamp"));
    }

    /** Prometheus Operator monitors and servers, the metrics API, metrics-server and releases of a metrics stack. */
    static List<ObjectFacts> metricsCollection(ManifestFacts manifests) {
        return manifests.anyOf(
                manifests.ofType((apiVersion, kind) -> apiVersion.startsWith("monitoring.coreos.com/") && MONITORING_KINDS.contains(kind)),
                manifests.ofKind("APIService").stream().filter(o -> o.ref().name().equals("v1beta1.metrics.k8s.io")).toList(),
                manifests.workloads().stream().filter(o -> o.ref().name().equals("metrics-server")).toList(),
                releases(manifests).stream().filter(o -> named(o, "prometheus", "metrics-server")).toList());
    }

    /** Flux HelmReleases and Argo CD Applications, which install a chart by name. */
    private static List<ObjectFacts> releases(ManifestFacts manifests) {
        return manifests.ofType((apiVersion, kind) -> kind.equals("HelmRelease")
                || kind.equals("Application") && apiVersion.startsWith("argoproj.io/"));
    }

    private static boolean named(ObjectFacts o, String... parts) {
        return Arrays.stream(parts).anyMatch(o.ref().name()::contains);
    }
}
