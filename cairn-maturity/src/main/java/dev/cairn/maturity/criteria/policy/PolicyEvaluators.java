package dev.cairn.maturity.criteria.policy;

import dev.cairn.maturity.assess.Evaluator;
import java.util.List;

/** The evaluators of the Policy criteria, in catalog order. */
public final class PolicyEvaluators {
    private PolicyEvaluators() {}

    public static List<Evaluator> all() {
        return List.of(
                new WrittenPoliciesEvaluator(),
                new PolicyReviewEvaluator(),
                new ArchitectureDocumentedEvaluator(),
                new ComplianceRegimesEvaluator(),
                new ComplianceControlsMappingEvaluator(),
                new DraftSlosEvaluator(),
                new ProductionRequirementsEvaluator(),
                new AiDataPrivacyEvaluator());
    }
}
