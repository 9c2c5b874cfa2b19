package dev.cairn.report;

import dev.cairn.report.html.HtmlReporter;
import java.util.List;

/** Picks the reporter of a format; an exhaustive switch so that a new {@link Format} cannot be forgotten. */
public final class Reporters {
    private Reporters() {}

    /**
     * @param style used by the terminal format only; the file formats never contain colour or symbols
     * @param rules the metadata of the checks (titles, pages, default severities), used by SARIF and HTML
     */
    public static Reporter forFormat(Format format, TerminalStyle style, RuleCatalog rules) {
        return forFormat(format, style, rules, List.of());
    }

    /** @param history earlier KPI values of the repository, from the history store, for the HTML trends */
    public static Reporter forFormat(Format format, TerminalStyle style, RuleCatalog rules, List<KpiTrendPoint> history) {
        return switch (format) {
            case TEXT -> new TextReporter(style);
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter(rules);
            case JUNIT -> new JUnitReporter();
            case MARKDOWN -> new MarkdownReporter();
            case HTML -> new HtmlReporter(rules, history);
        };
    }
}
