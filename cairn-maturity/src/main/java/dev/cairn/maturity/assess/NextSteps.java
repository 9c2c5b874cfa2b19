package dev.cairn.maturity.assess;

import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.NextStep;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The ranked next steps of cnmm-level1.md §5.2 item 7: failing core criteria first, then partially met
 * criteria by weight (heavier first); within each group, catalog order. A step points at the first check
 * finding behind the verdict when there is one, else at the page that explains the criterion.
 */
public final class NextSteps {
    private NextSteps() {}

    /** @param results in catalog order */
    public static List<NextStep> rank(List<CriterionResult> results) {
        List<CriterionResult> ordered = new ArrayList<>();
        results.stream().filter(r -> r.tier() == Tier.CORE && r.outcome() == Outcome.NOT_MET).forEach(ordered::add);
        results.stream().filter(r -> r.outcome() == Outcome.PARTIAL)
                .sorted(Comparator.comparingInt((CriterionResult r) -> -AspectScoring.weight(r.tier())))
                .forEach(ordered::add);
        List<NextStep> steps = new ArrayList<>();
        for (CriterionResult r : ordered) {
            Optional<EvidenceItem> finding = r.evidence().stream().filter(e -> e.checkId() != null && e.location() != null).findFirst();
            steps.add(new NextStep(steps.size() + 1, r.id(), r.summary(),
                    finding.map(EvidenceItem::checkId).orElse(null), finding.map(EvidenceItem::location).orElse(null),
                    finding.isPresent() ? null : "cairn checks explain " + r.id()));
        }
        return steps;
    }
}
