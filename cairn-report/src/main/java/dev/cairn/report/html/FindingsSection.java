package dev.cairn.report.html;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.Suppression;
import dev.cairn.report.Display;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every finding, grouped by severity (the gravest first) with the suppressed ones in a group of their own,
 * each group in the report's order (path, line, column, check). Each row carries its severity, check, path and
 * whether it counts as data attributes, which the filter script reads; without the script every row shows.
 */
final class FindingsSection {
    static final List<Severity> SEVERITIES_HIGHEST_FIRST = List.of(Severity.values()).reversed();
    private static final List<String> COLUMNS = List.of("Severity", "Location", "Object", "Check", "Message");

    private FindingsSection() {}

    static Section of(ScanReport report, CheckLinks checks) {
        if (report.findings().isEmpty()) {
            return new Section("findings", "Findings", List.of(Section.empty("No findings: every check that applied passed.")));
        }
        List<Node> content = new ArrayList<>();
        content.add(filters(report));
        content.add(Element.of("p", summary(report)).id("finding-count").attr("role", "status"));
        content.add(Element.of("noscript").add(Element.of("p",
                "The filters need JavaScript, which is off: every finding is listed below.").cls("muted")));
        Element table = Tables.table("findings-table", "Findings by severity, then suppressed findings", COLUMNS);
        for (Severity severity : SEVERITIES_HIGHEST_FIRST) {
            List<Finding> group = report.findings().stream().filter(f -> f.counts() && f.severity() == severity).toList();
            if (!group.isEmpty()) {
                table.add(rows(Tables.group(Display.words(severity) + " (" + group.size() + ")", COLUMNS.size()), group, checks));
            }
        }
        List<Finding> suppressed = report.findings().stream().filter(f -> !f.counts()).toList();
        if (!suppressed.isEmpty()) {
            table.add(rows(Tables.group("Suppressed (" + suppressed.size() + "): these do not count", COLUMNS.size()),
                    suppressed, checks));
        }
        content.add(table);
        return new Section("findings", "Findings", content);
    }

    private static Element rows(Element group, List<Finding> findings, CheckLinks checks) {
        for (Finding f : findings) {
            Element message = Element.of("td").text(f.message());
            if (f.suppressed() != null) {
                message.add(Element.of("div", suppression(f.suppressed())).cls("detail"));
            }
            group.add(Element.of("tr")
                    .attr("data-severity", f.severity().id())
                    .attr("data-check", f.checkId().value())
                    .attr("data-path", f.location().path().value())
                    .attr("data-counted", String.valueOf(f.counts()))
                    .add(Element.of("td").add(Badge.severity(f.severity())))
                    .add(Element.of("td").add(Tables.path(f.location().display())))
                    .add(f.object() == null ? Tables.cell("") : Element.of("td").add(Tables.path(f.object().display())))
                    .add(Element.of("td").add(checks.name(f.checkId(), f.slug())))
                    .add(message));
        }
        return group;
    }

    private static String suppression(Suppression s) {
        StringBuilder text = new StringBuilder("suppressed by ").append(Display.words(s.kind()));
        if (s.reason() != null) text.append(": ").append(s.reason());
        if (s.owner() != null) text.append(" · owner ").append(s.owner());
        if (s.expires() != null) text.append(" · expires ").append(s.expires());
        return text.toString();
    }

    /** {@code 31 findings, 1 suppressed.}: also the initial text of the line the filter script updates. */
    private static String summary(ScanReport report) {
        int all = report.findings().size();
        int suppressed = all - report.countedFindings().size();
        return all + (all == 1 ? " finding" : " findings") + (suppressed > 0 ? ", " + suppressed + " suppressed." : ".");
    }

    /** Hidden until the script shows it: without JavaScript the controls would do nothing. */
    private static Element filters(ScanReport report) {
        Element severities = Element.of("fieldset").add(Element.of("legend", "Severity"));
        for (Severity s : SEVERITIES_HIGHEST_FIRST) {
            long n = report.findings().stream().filter(f -> f.severity() == s).count();
            severities.add(Element.of("label")
                    .add(Element.of("input").attr("type", "checkbox").attr("name", "severity").attr("value", s.id())
                            .flag("checked", true))
                    .add(new Text(" " + Display.words(s) + " (" + n + ")")));
        }
        Map<CheckId, String> checkNames = new TreeMap<>();
        Map<CheckId, Integer> checkCounts = new TreeMap<>();
        for (Finding f : report.findings()) {
            checkNames.putIfAbsent(f.checkId(), f.slug());
            checkCounts.merge(f.checkId(), 1, Integer::sum);
        }
        Element select = Element.of("select").attr("name", "check").id("filter-check")
                .add(Element.of("option", "all checks").attr("value", ""));
        checkNames.forEach((id, slug) -> select.add(Element.of("option", id.value() + (slug == null ? "" : " " + slug)
                + " (" + checkCounts.get(id) + ")").attr("value", id.value())));
        return Element.of("form").id("finding-filters").cls("filters").flag("hidden", true)
                .attr("aria-label", "Filter the findings")
                .add(severities)
                .add(Element.of("label", "Check ").attr("for", "filter-check"))
                .add(select)
                .add(Element.of("label", "Path contains ").attr("for", "filter-path"))
                .add(Element.of("input").attr("type", "search").attr("name", "path").id("filter-path")
                        .attr("autocomplete", "off").attr("spellcheck", "false"))
                .add(Element.of("label")
                        .add(Element.of("input").attr("type", "checkbox").attr("name", "suppressed").flag("checked", true))
                        .add(new Text(" show suppressed")));
    }
}
