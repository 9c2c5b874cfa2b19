package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TEC-6: traffic enters through a defined Ingress, Gateway or LoadBalancer configuration.
 * <ul>
 *   <li>MET: an entry point is declared (an Ingress naming its class, a Gateway API Gateway or route, a Service
 *       of type LoadBalancer, or an Istio Gateway, OpenShift Route, Traefik IngressRoute or Contour HTTPProxy)
 *       and the checks that serve TEC-6 (TLS on Ingresses, external IPs, NodePorts) find nothing;</li>
 *   <li>PARTIAL: an entry point with such findings or an Ingress without a class; or no entry point in the
 *       manifests but an Ingress, Gateway or route template in a Helm chart (not rendered); or only NodePort
 *       Services;</li>
 *   <li>NOT_MET: manifests without any of these;</li>
 *   <li>UNKNOWN: no manifests or charts. Controllers and addresses need a live cluster.</li>
 * </ul>
 */
public final class DefinedEntryPointEvaluator implements Evaluator {
    /** Entry-point kinds by apiVersion group prefix. */
    static final Map<String, Set<String>> ENTRY_KINDS = Map.of(
            "networking.k8s.io/", Set.of("Ingress"),
            "extensions/", Set.of("Ingress"),
            "gateway.networking.k8s.io/", Set.of("Gateway", "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"),
            "networking.istio.io/", Set.of("Gateway"),
            "route.openshift.io/", Set.of("Route"),
            "traefik.io/", Set.of("IngressRoute"),
            "traefik.containo.us/", Set.of("IngressRoute"),
            "projectcontour.io/", Set.of("HTTPProxy"));
    static final String[] CHART_ENTRY_TEMPLATES = {"**/templates/*ingress*", "**/templates/*gateway*",
            "**/templates/*httproute*"};
    static final CheckId NODE_PORT_CHECK = CheckId.of("K8S-051");

    @Override
    public String criterion() {
        return "TEC-6";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        ManifestFacts manifests = evidence.manifests();
        List<ObjectFacts> entries = manifests.anyOf(manifests.ofType(DefinedEntryPointEvaluator::isEntryPoint),
                manifests.with(Feature.LOAD_BALANCER));
        if (!entries.isEmpty()) {
            return judgeEntries(evidence, entries);
        }
        List<SourcePath> charts = evidence.files().matching("Chart.yaml");
        List<SourcePath> templates = charts.isEmpty() ? List.of() : evidence.files().matching(CHART_ENTRY_TEMPLATES);
        if (!templates.isEmpty()) {
            return Observation.partial("the Helm chart has an entry-point template (" + templates.get(0).fileName()
                    + "), but the manifests as read declare no entry point: enable it in the values you deploy",
                    templates.stream().limit(5).map(p -> EvidenceItem.file(Location.file(p), "entry-point template")).toList());
        }
        if (evidence.manifests().isEmpty() && charts.isEmpty()) {
            return Observation.unknown("no Kubernetes manifests to find an entry point in");
        }
        List<Finding> nodePorts = evidence.checks().findings().stream().filter(f -> f.checkId().equals(NODE_PORT_CHECK)).toList();
        if (!nodePorts.isEmpty()) {
            return Observation.partial("traffic enters only through NodePort Services: declare an Ingress, a Gateway or"
                    + " a LoadBalancer Service", nodePorts.stream().limit(5)
                    .map(f -> EvidenceItem.check(f.checkId(), f.location(), f.message())).toList());
        }
        return Observation.notMet("no Ingress, Gateway or LoadBalancer Service declared: define how traffic reaches the app",
                List.of());
    }

    private static Observation judgeEntries(AssessmentEvidence evidence, List<ObjectFacts> entries) {
        List<EvidenceItem> items = new ArrayList<>();
        entries.stream().limit(5).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name())));
        List<Finding> findings = evidence.checks().countedFindings("TEC-6");
        findings.stream().limit(5).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));
        List<ObjectFacts> classless = entries.stream().filter(o -> o.kind().equals("Ingress") && !o.has(Feature.INGRESS_CLASS)).toList();
        String declared = Wording.list(ManifestFacts.declaredOnce(entries).stream().map(DefinedEntryPointEvaluator::name).toList(), 3);
        if (!findings.isEmpty()) {
            return Observation.partial("traffic enters through " + declared + ", but " + Wording.count(findings.size(),
                    "finding") + " concern the entry points, e.g. " + findings.get(0).message(), items);
        }
        if (!classless.isEmpty()) {
            return Observation.partial("Ingress " + classless.get(0).ref().name() + " names no ingressClassName: say"
                    + " which controller serves it", items);
        }
        return Observation.met("traffic enters through " + declared, items);
    }

    private static String name(ObjectFacts o) {
        return (o.has(Feature.LOAD_BALANCER) ? "LoadBalancer " : "") + o.kind() + " " + o.ref().name();
    }

    static boolean isEntryPoint(String apiVersion, String kind) {
        return ENTRY_KINDS.entrySet().stream().anyMatch(e -> apiVersion.startsWith(e.getKey()) && e.getValue().contains(kind));
    }
}
