package dev.cairn.maturity.criteria.process;

import dev.cairn.maturity.assess.Evaluator;
import java.util.List;

/** The evaluators of the Process criteria, in catalog order. */
public final class ProcessEvaluators {
    private ProcessEvaluators() {}

    public static List<Evaluator> all() {
        return List.of(
                new TrackedRequirementsEvaluator(),
                new NonFunctionalTargetsEvaluator(),
                new BranchingWorkflowEvaluator(),
                new ChangeReviewEvaluator(),
                new DependencyUpdatesEvaluator(),
                new SupportedApiVersionsEvaluator(),
                new TraceableDeploymentChangesEvaluator(),
                new LoggingAuditNeedsEvaluator(),
                new AuditTrailEvaluator(),
                new CentralLogsEvaluator());
    }
}
