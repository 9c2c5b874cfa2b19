package dev.cairn.server;

import dev.cairn.core.model.ScanReport;
import dev.cairn.report.RuleCatalog;
import dev.cairn.report.html.Element;
import dev.cairn.report.html.HtmlReporter;
import dev.cairn.report.html.Text;
import dev.cairn.store.HistoryStore;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /scans/ID}: one recorded scan as its HTML report shows it (the reporter's own sections, KPI trends from the
 * store), inside the dashboard's frame, with a link to the report JSON.
 */
final class ScanPage {
    private final HistoryStore store;
    private final RuleCatalog rules;

    ScanPage(HistoryStore store, RuleCatalog rules) {
        this.store = store;
        this.rules = rules;
    }

    String render(long id) {
        ScanReport report = StoredReports.read(store, id)
                .orElseThrow(() -> HttpProblem.notFound("No scan " + id + " in this store."));
        String repository = HistoryStore.repositoryOf(report.target());
        HtmlReporter reporter = new HtmlReporter(rules, KpiHistory.before(store, report));
        List<Element> body = new ArrayList<>();
        body.add(Element.of("div").cls("page-facts")
                .add(HtmlReporter.facts(report))
                .add(Element.of("p").add(Element.of("a", "The report as JSON").href(Links.scanJson(id)))));
        body.addAll(reporter.body(report));
        return Page.render("scan " + id + " of " + repository,
                List.of(new Text("Scan " + id + ": "), Element.of("span", repository).cls("target")),
                List.of(new Page.Crumb("Portfolio", Links.PORTFOLIO), new Page.Crumb(repository, Links.repository(repository)),
                        new Page.Crumb("scan " + id, null)),
                body);
    }
}
