package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.List;

/**
 * TEC-20: workloads are managed by controllers (Deployment, StatefulSet, DaemonSet, Job, CronJob), never bare
 * Pods. A counted finding of the check that serves TEC-20 (a top-level Pod without owner or Helm test hook) is
 * NOT_MET, as the catalog says a bare Pod fails; no finding is MET; no workloads UNKNOWN. Pods without owners in
 * a live cluster need a cluster.
 */
public final class ControllerManagedWorkloadsEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "TEC-20";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<ObjectFacts> workloads = evidence.manifests().declaredWorkloads();
        if (workloads.isEmpty()) {
            return Observation.unknown("no workloads to judge");
        }
        List<Finding> bare = evidence.checks().countedFindings(criterion());
        if (!bare.isEmpty()) {
            return Observation.notMet(Wording.count(bare.size(), "bare Pod") + " without a controller, e.g. " + bare.get(0).message(),
                    bare.stream().limit(10).map(f -> EvidenceItem.check(f.checkId(), f.location(), f.message())).toList());
        }
        List<String> kinds = workloads.stream().map(ObjectFacts::kind).distinct().sorted().toList();
        return Observation.met("no bare Pods: " + Wording.count(workloads.size(), "workload") + " ("
                + Wording.list(kinds, 4) + ")", List.of());
    }
}
