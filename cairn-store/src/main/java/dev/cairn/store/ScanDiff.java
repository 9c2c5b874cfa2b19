package dev.cairn.store;

import dev.cairn.core.model.Finding;
import java.util.List;

/**
 * What changed from one scan to another, findings matched by fingerprint (line numbers never enter it, so a
 * finding that moved is unchanged).
 *
 * @param added     findings of {@code to} whose fingerprint {@code from} does not have
 * @param fixed     findings of {@code from} whose fingerprint {@code to} does not have
 * @param unchanged findings of {@code to} whose fingerprint {@code from} has as well
 * @param criteria  criteria whose outcome changed, by id
 */
public record ScanDiff(
        ScanSummary from, ScanSummary to, List<Finding> added, List<Finding> fixed, List<Finding> unchanged,
        List<CriterionChange> criteria) {
    public ScanDiff {
        added = List.copyOf(added);
        fixed = List.copyOf(fixed);
        unchanged = List.copyOf(unchanged);
        criteria = List.copyOf(criteria);
    }
}
