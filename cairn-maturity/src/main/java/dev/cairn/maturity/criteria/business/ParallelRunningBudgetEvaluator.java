package dev.cairn.maturity.criteria.business;

import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiValue;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.util.Optional;

/**
 * BIZ-7: finance, technology and business agree a budget that covers running the legacy and the cloud
 * native setup side by side. Only the answer can tell: always UNKNOWN. The summary offers cairn's monthly
 * cost estimate from resource requests (cnmm-level1.md §4.7) as input for that budget, when there is one.
 */
public final class ParallelRunningBudgetEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "BIZ-7";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        Optional<KpiValue> cost = evidence.kpis().stream()
                .filter(k -> k.id().equals(KpiId.MONTHLY_COST_ESTIMATE.id()) && k.value() != null).findFirst();
        String input = cost.map(c -> "; as input, cairn estimates about " + Math.round(c.value()) + " "
                + c.unit().replace('-', ' ') + " for the declared resource requests").orElse("");
        return Observation.unknown("a budget shows in no file: answer BIZ-7" + input);
    }
}
