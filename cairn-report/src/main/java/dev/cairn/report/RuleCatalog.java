package dev.cairn.report;

import dev.cairn.core.model.CheckId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Looks up the metadata of a check for reporters that describe rules (SARIF). The report carries only check
 * ids and slugs; the titles, severities, criteria and pages live with the checks, which this module does not
 * depend on, so the command line hands a catalog in (built from the check registry and its pages).
 */
@FunctionalInterface
public interface RuleCatalog {

    /** The rule of a check, or empty for a check this catalog does not know (e.g. a custom check). */
    Optional<RuleInfo> rule(CheckId id);

    /** Knows no check: rules are then described only by what the report holds (id, slug, severity of findings). */
    static RuleCatalog empty() {
        return id -> Optional.empty();
    }

    /** A fixed catalog; rejects two rules with one id. */
    static RuleCatalog of(Collection<RuleInfo> rules) {
        Map<CheckId, RuleInfo> byId = new TreeMap<>();
        for (RuleInfo rule : rules) {
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("duplicate rule " + rule.id());
            }
        }
        Map<CheckId, RuleInfo> frozen = Map.copyOf(byId);
        return id -> Optional.ofNullable(frozen.get(id));
    }
}
