package dev.cairn.maturity.criteria.people;

import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;

/**
 * PEO-9: developers are trained in twelve-factor apps, cloud native patterns, containers versus virtual
 * machines and Kubernetes basics. Nothing in a repository shows who was trained: always UNKNOWN, so that the
 * four answers ({@code PEO-9.*}) decide.
 */
public final class CloudNativeTrainingEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "PEO-9";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        return Observation.unknown("training shows in no file: answer the four PEO-9 questions");
    }
}
