package dev.cairn.report.html;

import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.report.Display;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The executive summary: where each aspect stands on Level 1, the findings by severity and what the checks said. */
final class SummarySection {
    private SummarySection() {}

    static Section of(ScanReport report) {
        List<Node> content = new ArrayList<>();
        content.add(Element.of("h3", "Level 1 by aspect"));
        content.addAll(aspects(report.aspects()));
        content.add(Element.of("h3", "Findings by severity"));
        content.add(Element.of("div").cls("side-by-side").add(severities(report))
                .add(Element.of("figure").cls("chart-figure").add(SeverityChart.render(countedBySeverity(report)))));
        content.add(Element.of("h3", "Checks"));
        content.add(Element.of("p", checks(report.checks())));
        return new Section("summary", "Summary", content);
    }

    private static List<Node> aspects(List<AspectScore> aspects) {
        if (aspects.isEmpty()) {
            return List.of(Section.empty("No aspect scores in this report: the Level 1 assessment has not judged any"
                    + " aspect. The findings and KPIs below stand on their own."));
        }
        long attained = aspects.stream().filter(a -> a.state() == AspectState.ATTAINED).count();
        Element table = Tables.table("aspects-table", "State, score and evidence coverage of each aspect",
                List.of("Aspect", "State", "Score", "Coverage"));
        Element body = Element.of("tbody");
        for (AspectScore a : aspects) {
            body.add(Element.of("tr")
                    .add(Element.of("th", a.aspect().title()).attr("scope", "row"))
                    .add(Element.of("td").add(Badge.state(a.state())))
                    .add(Tables.number(a.score() == null ? "not scored" : a.score() + "/100"))
                    .add(Tables.number(Display.percent(a.coverage()))));
        }
        table.add(body);
        return List.of(
                Element.of("p", "Level 1 attained in " + attained + " of " + aspects.size()
                        + (aspects.size() == 1 ? " aspect." : " aspects.")).cls("lead"),
                Element.of("figure").cls("chart-figure").add(AspectChart.render(aspects)),
                table);
    }

    private static Element severities(ScanReport report) {
        Map<Severity, long[]> counts = new EnumMap<>(Severity.class);
        for (Finding f : report.findings()) {
            counts.computeIfAbsent(f.severity(), s -> new long[2])[f.counts() ? 0 : 1]++;
        }
        Element table = Tables.table("severity-table", "Counted and suppressed findings",
                List.of("Severity", "Counted", "Suppressed"));
        Element body = Element.of("tbody");
        for (Severity s : FindingsSection.SEVERITIES_HIGHEST_FIRST) {
            long[] n = counts.getOrDefault(s, new long[2]);
            body.add(Element.of("tr").add(Element.of("th").attr("scope", "row").add(Badge.severity(s)))
                    .add(Tables.number(String.valueOf(n[0]))).add(Tables.number(String.valueOf(n[1]))));
        }
        int counted = report.countedFindings().size();
        body.add(Element.of("tr").cls("total").add(Element.of("th", "Total").attr("scope", "row"))
                .add(Tables.number(String.valueOf(counted)))
                .add(Tables.number(String.valueOf(report.findings().size() - counted))));
        return table.add(body);
    }

    private static Map<Severity, Long> countedBySeverity(ScanReport report) {
        return report.countedFindings().stream().collect(
                Collectors.groupingBy(Finding::severity, () -> new EnumMap<>(Severity.class), Collectors.counting()));
    }

    /** {@code 77 checks ran: 60 pass, 10 fail, 7 not applicable, 0 error.} with rarer statuses only when present. */
    static String checks(List<CheckResult> checks) {
        if (checks.isEmpty()) {
            return "No check ran.";
        }
        Map<CheckStatus, Long> byStatus = checks.stream().collect(
                Collectors.groupingBy(CheckResult::status, () -> new EnumMap<>(CheckStatus.class), Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (CheckStatus status : CheckStatus.values()) {
            long n = byStatus.getOrDefault(status, 0L);
            boolean always = status == CheckStatus.PASS || status == CheckStatus.FAIL || status == CheckStatus.ERROR;
            if (n > 0 || always) {
                parts.add(n + " " + Display.words(status));
            }
        }
        return checks.size() + (checks.size() == 1 ? " check: " : " checks: ") + String.join(", ", parts) + ".";
    }
}
