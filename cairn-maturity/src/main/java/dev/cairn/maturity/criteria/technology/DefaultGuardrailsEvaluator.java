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
import java.util.Set;

/**
 * TEC-9: default guardrails are on: Pod Security Admission labels on the application's namespaces, and nothing
 * deployed into {@code default}.
 * <ul>
 *   <li>NOT_MET: an application object is placed in {@code default} (a counted finding of the check that serves
 *       TEC-9), or the repository declares Namespaces and none carries a Pod Security Admission label;</li>
 *   <li>MET: every declared application Namespace enforces {@code baseline} or {@code restricted}, and nothing is
 *       placed in {@code default};</li>
 *   <li>PARTIAL: some declared Namespaces enforce, or they only audit or warn; or workloads stay out of
 *       {@code default} but no Namespace is declared, so its labels cannot be seen;</li>
 *   <li>UNKNOWN: neither workloads nor Namespaces. Live namespaces need a cluster.</li>
 * </ul>
 */
public final class DefaultGuardrailsEvaluator implements Evaluator {
    static final Set<String> SYSTEM_NAMESPACES = Set.of("default", "kube-system", "kube-public", "kube-node-lease");

    @Override
    public String criterion() {
        return "TEC-9";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<ObjectFacts> namespaces = evidence.manifests().ofKind("Namespace").stream()
                .filter(n -> !SYSTEM_NAMESPACES.contains(n.ref().name())).toList();
        List<ObjectFacts> workloads = evidence.manifests().workloads();
        if (namespaces.isEmpty() && workloads.isEmpty()) {
            return Observation.unknown("no workloads or Namespaces to judge");
        }
        List<Finding> inDefault = evidence.checks().countedFindings("TEC-9");
        if (!inDefault.isEmpty()) {
            return Observation.notMet(Wording.count(inDefault.size(), "object") + " deployed into the default namespace,"
                    + " e.g. " + inDefault.get(0).message(), inDefault.stream().limit(10)
                    .map(f -> EvidenceItem.check(f.checkId(), f.location(), f.message())).toList());
        }
        if (namespaces.isEmpty()) {
            return Observation.partial("workloads stay out of the default namespace, but no Namespace is declared with"
                    + " Pod Security Admission labels: declare it with pod-security.kubernetes.io/enforce: baseline", List.of());
        }
        List<ObjectFacts> enforced = namespaces.stream().filter(n -> n.has(Feature.PSA_ENFORCED)).toList();
        List<ObjectFacts> watched = namespaces.stream().filter(n -> !n.has(Feature.PSA_ENFORCED) && n.has(Feature.PSA_AUDIT_OR_WARN)).toList();
        List<ObjectFacts> bare = namespaces.stream().filter(n -> !n.has(Feature.PSA_ENFORCED) && !n.has(Feature.PSA_AUDIT_OR_WARN)).toList();
        List<EvidenceItem> items = new ArrayList<>();
        bare.stream().limit(4).forEach(n -> items.add(item(n, "has no Pod Security Admission label")));
        watched.stream().limit(3).forEach(n -> items.add(item(n, "audits or warns but does not enforce Pod Security")));
        enforced.stream().limit(3).forEach(n -> items.add(item(n, "enforces a Pod Security level")));
        if (enforced.size() == namespaces.size()) {
            return Observation.met(enforced.size() == 1 ? "Namespace " + enforced.get(0).ref().name() + " enforces Pod"
                    + " Security Admission and nothing is placed in default"
                    : "all " + enforced.size() + " Namespaces enforce Pod Security Admission and nothing is placed in default", items);
        }
        if (enforced.isEmpty() && watched.isEmpty()) {
            return Observation.notMet("no declared Namespace carries Pod Security Admission labels (e.g. "
                    + bare.get(0).ref().name() + "): add pod-security.kubernetes.io/enforce: baseline", items);
        }
        ObjectFacts first = !bare.isEmpty() ? bare.get(0) : watched.get(0);
        return Observation.partial(enforced.size() + " of " + namespaces.size() + " Namespaces enforce Pod Security"
                + " Admission; " + first.ref().name() + " does not: set pod-security.kubernetes.io/enforce to baseline or restricted", items);
    }

    private static EvidenceItem item(ObjectFacts n, String what) {
        return EvidenceItem.manifest(n.ref(), n.location(), "Namespace " + n.ref().name() + " " + what);
    }
}
