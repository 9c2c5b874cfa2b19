package dev.cairn.report.html;

import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiTarget;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.ScanReport;
import dev.cairn.report.Display;
import dev.cairn.report.KpiTrendPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The KPIs with their band, target and how each was estimated; a trend chart for each KPI that earlier scans
 * measured too. The report's own value is the last point of a trend; history points at or after the scan are
 * left out, so that a history that already holds this scan does not count it twice.
 */
final class KpisSection {
    private static final List<String> COLUMNS = List.of("KPI", "Value", "Band", "Target", "Status", "How it was measured");

    private KpisSection() {}

    static Section of(ScanReport report, List<KpiTrendPoint> history) {
        if (report.kpis().isEmpty()) {
            return new Section("kpis", "KPIs", List.of(Section.empty("No KPIs in this report.")));
        }
        Element table = Tables.table("kpi-table", "Each KPI with its band, its target and how it was estimated", COLUMNS);
        Element body = Element.of("tbody");
        for (KpiValue kpi : report.kpis()) {
            body.add(Element.of("tr")
                    .add(Element.of("th", kpi.id()).attr("scope", "row"))
                    .add(Tables.number(kpi.value() == null ? "no data" : Display.number(kpi.value()) + " " + kpi.unit()))
                    .add(Tables.cell(kpi.band() == null ? "" : kpi.band()))
                    .add(target(kpi.target()))
                    .add(status(kpi))
                    .add(measured(kpi)));
        }
        List<Node> content = new ArrayList<>();
        content.add(table.add(body));
        content.add(Element.of("h3", "Trends"));
        List<Element> charts = trends(report, history);
        if (charts.isEmpty()) {
            content.add(Section.empty("No trends yet: a trend appears once earlier scans have measured a KPI."));
        } else {
            content.add(Element.of("div").cls("trends").add(charts));
        }
        return new Section("kpis", "KPIs", content);
    }

    private static Element target(KpiTarget target) {
        Element cell = Element.of("td");
        if (target == null) {
            return cell.add(Element.of("span", "none declared").cls("muted"));
        }
        cell.text(target.target() == null ? "no target value" : Display.number(target.target()) + " " + nonNull(target.unit()));
        List<String> details = new ArrayList<>();
        if (target.baseline() != null) details.add("baseline " + Display.number(target.baseline()));
        if (target.owner() != null) details.add("owner " + target.owner());
        if (target.goal() != null) details.add("goal: " + target.goal());
        if (target.source() != null) details.add("source " + target.source());
        if (!details.isEmpty()) {
            cell.add(Element.of("div", String.join(" · ", details)).cls("detail"));
        }
        return cell;
    }

    /** Without a target there is nothing to be on or off track against: a quiet "no target", not a badge. */
    private static Element status(KpiValue kpi) {
        if (kpi.status() == KpiStatus.NO_TARGET) {
            return Element.of("td").add(Element.of("span", "no target").cls("muted"));
        }
        return Element.of("td").add(Badge.kpi(kpi.status()));
    }

    private static Element measured(KpiValue kpi) {
        Element cell = Element.of("td").text(nonNull(kpi.estimatedFrom()) + (kpi.window() == null ? "" : ", " + kpi.window()));
        if (!kpi.caveats().isEmpty()) {
            Element caveats = Element.of("ul").cls("caveats");
            kpi.caveats().forEach(c -> caveats.add(Element.of("li", c)));
            cell.add(caveats);
        }
        return cell;
    }

    private static List<Element> trends(ScanReport report, List<KpiTrendPoint> history) {
        List<Element> charts = new ArrayList<>();
        Instant scannedAt = report.target().scannedAt();
        if (history.isEmpty() || scannedAt == null) {
            return charts;
        }
        for (KpiValue kpi : report.kpis()) {
            List<TrendChart.Point> points = new ArrayList<>(history.stream()
                    .filter(p -> p.kpi().equals(kpi.id()) && p.at().isBefore(scannedAt))
                    .sorted(Comparator.comparing(KpiTrendPoint::at).thenComparingDouble(KpiTrendPoint::value))
                    .map(p -> new TrendChart.Point(p.at(), p.value()))
                    .toList());
            if (kpi.value() != null) {
                points.add(new TrendChart.Point(scannedAt, kpi.value()));
            }
            if (points.size() >= 2) {
                Double target = kpi.target() == null ? null : kpi.target().target();
                charts.add(Element.of("figure").cls("chart-figure trend-figure")
                        .add(TrendChart.render("trend-" + charts.size(), kpi.id(), nonNull(kpi.unit()), points, target))
                        .add(Element.of("figcaption", kpi.id())));
            }
        }
        return charts;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
