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
                new FailureNotificationEvaluator(),
                new BranchingWorkflowEvaluator(),
                new ChangeReviewEvaluator(),
                new DependencyUpdatesEvaluator(),
                new SupportedApiVersionsEvaluator(),
                new ContinuousBuildEvaluator(),
                new CiTestsAndAnalysisEvaluator(),
                new ScriptedDeploymentEvaluator(),
                new TraceableDeploymentChangesEvaluator(),
                new EarlySecurityChecksEvaluator(),
                new CiImageAndConfigScansEvaluator(),
                new SoftwareBillOfMaterialsEvaluator(),
                new LoggingAuditNeedsEvaluator(),
                new AuditTrailEvaluator(),
                new CentralLogsEvaluator());
    }
}
