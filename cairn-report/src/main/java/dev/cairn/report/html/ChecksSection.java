package dev.cairn.report.html;

import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.ScanReport;
import java.util.List;

/** What each check concluded, so that a reader sees what passed and which checks could not run. */
final class ChecksSection {
    private static final List<String> COLUMNS = List.of("Check", "Status", "Counted", "Suppressed", "Error");

    private ChecksSection() {}

    static Section of(ScanReport report, CheckLinks checks) {
        if (report.checks().isEmpty()) {
            return new Section("checks", "Checks", List.of(Section.empty("No check ran.")));
        }
        Element table = Tables.table("checks-table", "The outcome of every check over the whole scan", COLUMNS);
        Element body = Element.of("tbody");
        for (CheckResult c : report.checks()) {
            body.add(Element.of("tr").attr("data-status", Badge.cssClass("check", c.status()))
                    .add(Element.of("td").add(checks.name(c.checkId(), c.slug())))
                    .add(Element.of("td").add(Badge.check(c.status())))
                    .add(Tables.number(String.valueOf(c.findings())))
                    .add(Tables.number(String.valueOf(c.suppressed())))
                    .add(Tables.cell(c.error() == null ? "" : c.error())));
        }
        return new Section("checks", "Checks", List.of(Element.of("p", SummarySection.checks(report.checks())), table.add(body)));
    }
}
