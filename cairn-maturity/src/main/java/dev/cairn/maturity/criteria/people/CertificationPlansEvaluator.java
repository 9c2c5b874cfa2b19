package dev.cairn.maturity.criteria.people;

import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;

/**
 * PEO-11 (information only, never scored): the team records which CNCF certifications its people hold or
 * plan. Certifications show in no file: always UNKNOWN, so that the answer is what the report shows.
 */
public final class CertificationPlansEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "PEO-11";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        return Observation.unknown("certifications show in no file: answer PEO-11 (shown for information, never scored)");
    }
}
