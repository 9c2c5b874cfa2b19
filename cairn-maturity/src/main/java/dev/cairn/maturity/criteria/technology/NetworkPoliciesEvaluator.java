package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * TEC-30: the team knows pod networking is flat by default and has written first NetworkPolicies or a
 * default-deny plan.
 * <ul>
 *   <li>UNKNOWN: no workloads;</li>
 *   <li>NOT_MET: workloads and no network policy of any kind (Kubernetes {@code NetworkPolicy},
 *       {@code AdminNetworkPolicy}, Cilium or Calico policies);</li>
 *   <li>PARTIAL: policies, with findings of the checks that serve TEC-30 (workloads or namespaces no policy
 *       covers, selectors that match nothing);</li>
 *   <li>MET: policies and no such finding; a namespace-wide (default) policy is named in the summary.</li>
 * </ul>
 * Whether the network plugin enforces them needs a cluster.
 */
public final class NetworkPoliciesEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "TEC-30";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        if (evidence.manifests().workloads().isEmpty()) {
            return Observation.unknown("no workloads whose traffic could be restricted");
        }
        List<ObjectFacts> policies = evidence.manifests().ofType(NetworkPoliciesEvaluator::isPolicy);
        if (policies.isEmpty()) {
            return Observation.notMet("no NetworkPolicy: every pod can reach every other pod; start with a default-deny"
                    + " policy per namespace and allow what the app needs", List.of());
        }
        List<ObjectFacts> defaults = policies.stream().filter(p -> p.has(Feature.NAMESPACE_WIDE_POLICY)).toList();
        List<Finding> findings = evidence.checks().countedFindings(criterion());
        List<EvidenceItem> items = new ArrayList<>();
        findings.stream().limit(5).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));
        defaults.stream().limit(2).forEach(p -> items.add(EvidenceItem.manifest(p.ref(), p.location(), p.kind() + " " + p.ref().name()
                + " covers the whole namespace")));
        policies.stream().filter(p -> !defaults.contains(p)).limit(3).forEach(p -> items.add(
                EvidenceItem.manifest(p.ref(), p.location(), p.kind() + " " + p.ref().name())));
        String declared = Wording.count(policies.size(), "network policy") + " declared";
        if (!findings.isEmpty()) {
            return Observation.partial(declared + ", but the checks found " + Wording.count(findings.size(), "gap")
                    + ", e.g. " + findings.get(0).message(), items);
        }
        return Observation.met(declared + (defaults.isEmpty() ? ", covering every workload"
                : ", including a namespace-wide default (" + defaults.get(0).ref().name() + ")"), items);
    }

    static boolean isPolicy(String apiVersion, String kind) {
        return kind.equals("NetworkPolicy") && (apiVersion.startsWith("networking.k8s.io/")
                        || apiVersion.startsWith("crd.projectcalico.org/") || apiVersion.startsWith("projectcalico.org/"))
                || apiVersion.startsWith("cilium.io/") && kind.startsWith("Cilium")
                || apiVersion.contains("projectcalico.org/") && kind.equals("GlobalNetworkPolicy")
                || apiVersion.startsWith("policy.networking.k8s.io/") && kind.endsWith("AdminNetworkPolicy");
    }
}
