package dev.cairn.maturity.criteria.technology;

import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;

/**
 * TEC-33: the app deploys cleanly and its network paths work (available Deployments, non-empty
 * EndpointSlices, an Ingress with an address, ready pods with few restarts, no recent scheduling, pull or
 * crash-loop events). Only a live cluster or a snapshot of one shows this, and the assessment evidence holds
 * neither yet, so the verdict is UNKNOWN; MET and NOT_MET will come from cluster evidence.
 */
public final class DeployedAppHealthEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "TEC-33";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        return Observation.unknown("needs a live cluster or a cluster snapshot to see whether the app is available and reachable");
    }
}
