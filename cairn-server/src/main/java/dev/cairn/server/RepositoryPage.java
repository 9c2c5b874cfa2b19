package dev.cairn.server;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.ScanReport;
import dev.cairn.report.html.AspectChart;
import dev.cairn.report.html.Assets;
import dev.cairn.report.html.Element;
import dev.cairn.report.html.HtmlReporter;
import dev.cairn.report.html.Node;
import dev.cairn.report.html.Tables;
import dev.cairn.report.html.TrendChart;
import dev.cairn.store.HistoryStore;
import dev.cairn.store.KpiPoint;
import dev.cairn.store.ScanQuery;
import dev.cairn.store.ScanSummary;
import dev.cairn.store.Trend;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /repository?name=R}: one repository over time: where its latest scan stands per aspect, each aspect's
 * score and each KPI over the last year, its recent scans, and the latest scan's findings and criteria (the HTML
 * report's own sections).
 */
final class RepositoryPage {
    static final int LISTED_SCANS = 30;

    private final HistoryStore store;
    private final HtmlReporter reporter;
    private final Clock clock;

    RepositoryPage(HistoryStore store, HtmlReporter reporter, Clock clock) {
        this.store = store;
        this.reporter = reporter;
        this.clock = clock;
    }

    String render(String repository) {
        List<ScanSummary> scans = store.scans(new ScanQuery(repository, LISTED_SCANS));
        if (scans.isEmpty()) {
            throw HttpProblem.notFound("No scans of " + repository + " in this store.");
        }
        ScanSummary latest = scans.getFirst();
        ScanReport report = StoredReports.read(store, latest.id())
                .orElseThrow(() -> HttpProblem.notFound("The report of scan " + latest.id() + " is not in the store."));
        Trend trend = store.trend(repository, clock.instant().minus(KpiHistory.WINDOW));

        Element main = Element.of("main").id("main")
                .add(Element.of("div").cls("page-facts").add(HtmlReporter.facts(report)))
                .add(Page.section("aspects", "Level 1 by aspect", aspects(latest, trend)))
                .add(Page.section("kpi-trends", "KPIs over the last year", kpis(report, trend)))
                .add(Page.section("scans", "Recent scans", List.of(scanTable(scans))))
                .add(reporter.findings(report))
                .add(reporter.criteria(report));
        return Page.render(repository, Page.heading(repository),
                List.of(new Page.Crumb("Portfolio", Links.PORTFOLIO), new Page.Crumb(repository, null)),
                List.of(main, Element.of("script").raw(Assets.SCRIPT)));
    }

    private static List<Node> aspects(ScanSummary latest, Trend trend) {
        if (latest.aspects().isEmpty()) {
            return List.of(Page.empty("The latest scan scored no aspect."));
        }
        List<Node> content = new ArrayList<>();
        content.add(Element.of("figure").cls("chart-figure").add(AspectChart.render(latest.aspects())));
        List<Element> charts = new ArrayList<>();
        for (Aspect aspect : Aspect.values()) {
            List<TrendChart.Point> points = new ArrayList<>();
            for (ScanSummary s : trend.scans()) {
                s.aspects().stream().filter(a -> a.aspect() == aspect && a.score() != null).findFirst()
                        .map(AspectScore::score).ifPresent(score -> points.add(new TrendChart.Point(s.scannedAt(), score)));
            }
            if (points.size() >= 2) {
                charts.add(figure("aspect-trend-" + charts.size(), aspect.title() + " score", "of 100", points, null));
            }
        }
        content.add(charts.isEmpty() ? Page.empty("No aspect trends yet: a trend appears once two scans scored an aspect.")
                : Element.of("div").cls("trends").add(charts));
        return content;
    }

    private static List<Node> kpis(ScanReport latest, Trend trend) {
        Map<String, List<TrendChart.Point>> byKpi = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (KpiPoint p : trend.kpis()) {
            if (p.value() != null && Double.isFinite(p.value())) {
                byKpi.computeIfAbsent(p.kpiId(), k -> new ArrayList<>()).add(new TrendChart.Point(p.scannedAt(), p.value()));
                units.put(p.kpiId(), p.unit());
            }
        }
        List<Element> charts = new ArrayList<>();
        byKpi.forEach((kpi, points) -> {
            if (points.size() >= 2) {
                Double target = latest.kpis().stream().filter(k -> k.id().equals(kpi) && k.target() != null)
                        .map(KpiValue::target).map(t -> t.target()).findFirst().orElse(null);
                charts.add(figure("kpi-trend-" + charts.size(), kpi, units.get(kpi), points, target));
            }
        });
        return List.of(charts.isEmpty() ? Page.empty("No KPI trends yet: a trend appears once two scans measured a KPI.")
                : Element.of("div").cls("trends").add(charts));
    }

    private static Element figure(String id, String label, String unit, List<TrendChart.Point> points, Double target) {
        return Element.of("figure").cls("chart-figure trend-figure")
                .add(TrendChart.render(id, label, unit, points, target))
                .add(Element.of("figcaption", label));
    }

    private static Element scanTable(List<ScanSummary> scans) {
        Element table = Tables.table("scan-table", "The latest " + scans.size() + " scans, newest first",
                List.of("Scan", "Scanned", "Commit", "Counted findings", "Compared with the scan before"));
        Element body = Element.of("tbody");
        for (int i = 0; i < scans.size(); i++) {
            ScanSummary s = scans.get(i);
            Element diff = i + 1 < scans.size()
                    ? Element.of("td").add(Element.of("a", "diff (JSON)").href(Links.diff(scans.get(i + 1).id(), s.id())))
                    : Tables.cell("");
            body.add(Element.of("tr")
                    .add(Element.of("th").attr("scope", "row").add(Element.of("a", "scan " + s.id()).href(Links.scan(s.id()))))
                    .add(Element.of("td").add(Page.time(s.scannedAt())))
                    .add(Element.of("td").add(s.commit() == null ? Element.of("span", "not in git").cls("muted")
                            : Tables.code(s.commit().length() > 12 ? s.commit().substring(0, 12) : s.commit())))
                    .add(Tables.number(String.valueOf(s.findings().counted())))
                    .add(diff));
        }
        return table.add(body);
    }
}
