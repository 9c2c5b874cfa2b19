package dev.cairn.maturity.criteria.business;

import dev.cairn.maturity.assess.Evaluator;
import java.util.List;

/** The evaluators of the Business criteria, in catalog order. */
public final class BusinessEvaluators {
    private BusinessEvaluators() {}

    public static List<Evaluator> all() {
        return List.of(
                new RankedBusinessGoalsEvaluator(),
                new PocFindingsEvaluator(),
                new DefinedKpisEvaluator(),
                new KpiDataEvaluator(),
                new MigrationPlanEvaluator(),
                new StakeholderReportingEvaluator(),
                new ParallelRunningBudgetEvaluator(),
                new RecordedExperimentsEvaluator());
    }
}
