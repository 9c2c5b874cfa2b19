package dev.cairn.store;

import dev.cairn.core.model.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Compares two stored scans: findings by fingerprint, criteria by id. Pure. */
final class Differ {
    private Differ() {}

    static ScanDiff diff(ScanSummary from, List<Finding> fromFindings, List<CriterionState> fromCriteria,
                         ScanSummary to, List<Finding> toFindings, List<CriterionState> toCriteria) {
        Set<String> before = fingerprints(fromFindings);
        Set<String> after = fingerprints(toFindings);
        List<Finding> added = new ArrayList<>();
        List<Finding> unchanged = new ArrayList<>();
        for (Finding f : toFindings) {
            (before.contains(f.fingerprint()) ? unchanged : added).add(f);
        }
        List<Finding> fixed = fromFindings.stream().filter(f -> !after.contains(f.fingerprint())).toList();
        return new ScanDiff(from, to, added, fixed, unchanged, criteria(fromCriteria, toCriteria));
    }

    private static Set<String> fingerprints(List<Finding> findings) {
        Set<String> set = new HashSet<>();
        findings.forEach(f -> set.add(f.fingerprint()));
        return set;
    }

    /** Criteria whose outcome differs, including those only one scan judged, by id. */
    private static List<CriterionChange> criteria(List<CriterionState> from, List<CriterionState> to) {
        Map<String, CriterionState> before = byId(from);
        Map<String, CriterionState> after = byId(to);
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<CriterionChange> changes = new ArrayList<>();
        for (String id : ids) {
            CriterionState b = before.get(id);
            CriterionState a = after.get(id);
            if (b == null || a == null || !Objects.equals(b.outcome(), a.outcome())) {
                changes.add(new CriterionChange(id, (a != null ? a : b).aspect(),
                        b == null ? null : b.outcome(), a == null ? null : a.outcome()));
            }
        }
        return changes;
    }

    private static Map<String, CriterionState> byId(List<CriterionState> criteria) {
        Map<String, CriterionState> map = new TreeMap<>();
        criteria.forEach(c -> map.put(c.id(), c));
        return map;
    }
}
