package dev.cairn.maturity.assess;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checks concluded, as evidence for the criteria they serve ({@code CheckSpec.criteria}).
 *
 * @param results  one per check that ran
 * @param findings every finding, counted and suppressed
 * @param criteria the criterion ids each check serves
 */
public record CheckOutcomes(List<CheckResult> results, List<Finding> findings, Map<CheckId, List<String>> criteria) {
    public CheckOutcomes {
        results = List.copyOf(results);
        findings = List.copyOf(findings);
        criteria = Map.copyOf(criteria);
    }

    public static CheckOutcomes none() {
        return new CheckOutcomes(List.of(), List.of(), Map.of());
    }

    /** The results of the checks that serve the criterion. */
    public List<CheckResult> serving(String criterion) {
        return results.stream().filter(r -> criteria.getOrDefault(r.checkId(), List.of()).contains(criterion)).toList();
    }

    /** The counted findings (not suppressed, waived or baseline-known) of checks that serve the criterion. */
    public List<Finding> countedFindings(String criterion) {
        return findings.stream().filter(Finding::counts).filter(f -> f.criteria().contains(criterion)).toList();
    }

    /** The counted findings of the given checks. */
    public List<Finding> countedFindings(Set<CheckId> checks) {
        return findings.stream().filter(Finding::counts).filter(f -> checks.contains(f.checkId())).toList();
    }

    /** Whether any check serving the criterion looked at something (passed, failed or was suppressed). */
    public boolean applied(String criterion) {
        return serving(criterion).stream().anyMatch(r -> r.status() != CheckStatus.NOT_APPLICABLE
                && r.status() != CheckStatus.ERROR);
    }
}
