package dev.cairn.maturity.criteria.policy;

import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;

/**
 * POL-8 (optional, {@code ai}): data-protection rules for training and inference data, data classification
 * and bias are considered. Self-assessment only: nothing in a repository shows that data was classified or
 * bias considered, so the observation is always UNKNOWN and the answer decides; without the opt-in the
 * criterion is not applicable.
 */
public final class AiDataPrivacyEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "POL-8";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        return Observation.unknown("only the team can say whether training and inference data is classified and the"
                + " data-protection rules for it are known");
    }
}
