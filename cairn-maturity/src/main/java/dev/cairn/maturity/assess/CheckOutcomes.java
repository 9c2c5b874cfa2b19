package dev.cairn.maturity.assess;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checks concluded, as evidence for the criteria they serve ({@code CheckSpec.criteria}). The
 * counted findings are indexed once, by check and by criterion: every evaluator asks, and a scan can hold many
 * thousands of findings, so a pass over all of them per question would cost criteria × findings. Lists keep
 * the report order of the findings given.
 */
public final class CheckOutcomes {
    private final List<CheckResult> results;
    private final List<Finding> findings;
    private final Map<CheckId, List<String>> criteria;
    private final Map<CheckId, List<Finding>> countedByCheck = new HashMap<>();
    private final Map<String, List<Finding>> countedByCriterion = new HashMap<>();

    /**
     * @param results  one per check that ran
     * @param findings every finding, counted and suppressed, in report order
     * @param criteria the criterion ids each check serves
     */
    public CheckOutcomes(List<CheckResult> results, List<Finding> findings, Map<CheckId, List<String>> criteria) {
        this.results = List.copyOf(results);
        this.findings = List.copyOf(findings);
        this.criteria = Map.copyOf(criteria);
        for (Finding f : this.findings) {
            if (!f.counts()) continue;
            countedByCheck.computeIfAbsent(f.checkId(), id -> new ArrayList<>()).add(f);
            f.criteria().forEach(c -> countedByCriterion.computeIfAbsent(c, k -> new ArrayList<>()).add(f));
        }
    }

    public static CheckOutcomes none() {
        return new CheckOutcomes(List.of(), List.of(), Map.of());
    }

    public List<CheckResult> results() {
        return results;
    }

    public List<Finding> findings() {
        return findings;
    }

    public Map<CheckId, List<String>> criteria() {
        return criteria;
    }

    /** The results of the checks that serve the criterion. */
    public List<CheckResult> serving(String criterion) {
        return results.stream().filter(r -> criteria.getOrDefault(r.checkId(), List.of()).contains(criterion)).toList();
    }

    /** The counted findings (not suppressed, waived or baseline-known) of checks that serve the criterion. */
    public List<Finding> countedFindings(String criterion) {
        return Collections.unmodifiableList(countedByCriterion.getOrDefault(criterion, List.of()));
    }

    /** The counted findings of the given checks, in report order. */
    public List<Finding> countedFindings(Set<CheckId> checks) {
        List<Finding> out = new ArrayList<>();
        checks.forEach(id -> out.addAll(countedByCheck.getOrDefault(id, List.of())));
        if (checks.size() > 1) out.sort(Finding.ORDER);
        return out;
    }

    /** Whether any check serving the criterion looked at something (passed, failed or was suppressed). */
    public boolean applied(String criterion) {
        return serving(criterion).stream().anyMatch(CheckOutcomes::lookedAtSomething);
    }

    /** Whether this check looked at something (passed, failed or was suppressed). */
    public boolean applied(CheckId check) {
        return results.stream().anyMatch(r -> r.checkId().equals(check) && lookedAtSomething(r));
    }

    private static boolean lookedAtSomething(CheckResult r) {
        return r.status() != CheckStatus.NOT_APPLICABLE && r.status() != CheckStatus.ERROR;
    }
}
