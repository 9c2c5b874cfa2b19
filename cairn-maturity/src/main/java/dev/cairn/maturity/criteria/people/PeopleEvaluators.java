package dev.cairn.maturity.criteria.people;

import dev.cairn.maturity.assess.Evaluator;
import java.util.List;

/** The evaluators of the People criteria, in catalog order. */
public final class PeopleEvaluators {
    private PeopleEvaluators() {}

    public static List<Evaluator> all() {
        return List.of(
                new ScopedProofOfConceptEvaluator(),
                new CrossFunctionalTeamEvaluator(),
                new OperationsInTheBuildEvaluator(),
                new SecurityContactEvaluator(),
                new SecurityGuidanceEvaluator(),
                new SecurityBaselineEvaluator(),
                new AutomatedTestsEvaluator(),
                new ShortIterationsEvaluator(),
                new CloudNativeTrainingEvaluator(),
                new SharedKubernetesWorkEvaluator(),
                new CertificationPlansEvaluator(),
                new MlPlatformCollaborationEvaluator());
    }
}
