package dev.cairn.report;

import dev.cairn.core.model.ScanReport;
import dev.cairn.report.html.HtmlReporter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Renders reports to HTML and reads them back as a DOM, the way a browser would parse them. */
final class HtmlDom {
    private HtmlDom() {}

    static String html(ScanReport report, RuleCatalog rules, List<KpiTrendPoint> history) {
        return Reports.render(new HtmlReporter(rules, history), report);
    }

    static Document parse(ScanReport report) {
        return Jsoup.parse(html(report, RuleCatalog.empty(), List.of()));
    }

    /** The text of every cell of each body row, empty cells included; group heading rows left out. */
    static List<List<String>> rows(Document doc, String tableSelector) {
        return doc.select(tableSelector + " > tbody > tr:not(.group)").stream()
                .map(tr -> tr.children().stream().map(Element::text).toList())
                .toList();
    }
}
