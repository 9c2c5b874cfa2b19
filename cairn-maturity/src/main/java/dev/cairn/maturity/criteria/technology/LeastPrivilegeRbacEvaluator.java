package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Outcome;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CheckBacked;
import java.util.List;

/**
 * TEC-5: workloads and people get least-privilege RBAC. Decided by the checks that serve TEC-5 (default
 * ServiceAccount, token automount, wildcard and escalating role rules, bindings to cluster-admin, anonymous or
 * all-authenticated subjects, workloads bound to risky roles) as {@link CheckBacked} describes: a high or
 * critical finding is NOT_MET, only lesser findings PARTIAL, none MET (listing the dedicated ServiceAccounts
 * the workloads run as); without workloads or RBAC objects UNKNOWN. Live bindings need a cluster.
 */
public final class LeastPrivilegeRbacEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "TEC-5";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        Observation observed = CheckBacked.observe(evidence, criterion(),
                "workloads run under their own service accounts, with no wildcard, escalating or cluster-admin grants",
                "no workloads or RBAC objects to judge");
        if (observed.outcome() != Outcome.MET) {
            return observed;
        }
        List<EvidenceItem> accounts = evidence.index().objects().stream()
                .filter(o -> o.workload() && o.serviceAccount() != null && !o.serviceAccount().equals("default"))
                .limit(10)
                .map(o -> EvidenceItem.manifest(o.ref(), o.location(), o.ref().kind() + " " + o.ref().name()
                        + " runs as ServiceAccount " + o.serviceAccount()))
                .toList();
        return Observation.met(observed.summary(), accounts);
    }
}
