package dev.cairn.cli;

import dev.cairn.checks.CheckPages;
import dev.cairn.core.check.CheckRegistry;
import dev.cairn.report.RuleCatalog;
import dev.cairn.report.RuleInfo;

/**
 * The rule metadata reporters need (SARIF rules), from the registry the scan ran with and the checks' Markdown
 * pages. Pages are read only for the checks a report names, when a reporter asks.
 */
final class BuiltInRules {
    private BuiltInRules() {}

    static RuleCatalog of(CheckRegistry registry) {
        return id -> registry.find(id.value()).map(check -> RuleInfo.of(check.spec(), CheckPages.of(check).orElse(null)));
    }
}
