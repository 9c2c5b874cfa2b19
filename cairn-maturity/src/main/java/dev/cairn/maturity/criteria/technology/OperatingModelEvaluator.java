package dev.cairn.maturity.criteria.technology;

import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;

/**
 * TEC-13: it is decided who runs the cluster and who runs the app, how clusters are provisioned and how apps
 * are onboarded. Nothing in a repository shows an operating model, so this is always UNKNOWN and only the
 * answer settles it (a self-only criterion, cnmm-level1.md §2.6).
 */
public final class OperatingModelEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "TEC-13";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        return Observation.unknown("only the team can say who owns the cluster and the app: answer TEC-13");
    }
}
