package dev.cairn.report.html;

import dev.cairn.core.model.InputCounts;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Target;
import dev.cairn.report.KpiTrendPoint;
import dev.cairn.report.Reporter;
import dev.cairn.report.RuleCatalog;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One self-contained HTML file for people who do not read terminals: an executive summary with charts, the
 * criteria with their evidence, KPIs with trends, filterable findings and the next steps. It makes no network
 * request (a strict Content-Security-Policy, no external resource; charts are inline SVG), and everything taken
 * from the scan is escaped by the {@link Element} builder. The same report gives the same bytes: nothing here
 * reads a clock, and the scan's duration is left out.
 */
public final class HtmlReporter implements Reporter {
    private static final DateTimeFormatter SCANNED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final CheckLinks checks;
    private final List<KpiTrendPoint> history;

    /** A report without trends. */
    public HtmlReporter(RuleCatalog rules) {
        this(rules, List.of());
    }

    /**
     * @param rules   check titles and documentation links
     * @param history earlier KPI values of the same repository; a KPI with earlier values gets a trend chart
     */
    public HtmlReporter(RuleCatalog rules, List<KpiTrendPoint> history) {
        this.checks = new CheckLinks(Objects.requireNonNull(rules, "rules"));
        this.history = List.copyOf(history);
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        out.write(page(report).document());
        out.flush();
    }

    /**
     * What the report shows below its header, without head and header: the contents, the sections and the
     * footer. The dashboard's scan page wraps them in its own page, under a policy that lets {@link Assets} run.
     */
    public List<Element> body(ScanReport report) {
        List<Section> sections = sections(report);
        Element main = Element.of("main").id("main");
        sections.forEach(s -> main.add(s.render()));
        return List.of(contents(sections), main, footer(report), Element.of("script").raw(Assets.SCRIPT));
    }

    /** The criteria section alone, for the dashboard's repository page. */
    public Element criteria(ScanReport report) {
        return CriteriaSection.of(report, checks).render();
    }

    /** The findings section alone (its filter needs {@link Assets#SCRIPT}), for the dashboard's repository page. */
    public Element findings(ScanReport report) {
        return FindingsSection.of(report, checks).render();
    }

    private List<Section> sections(ScanReport report) {
        List<Section> sections = new ArrayList<>();
        sections.add(SummarySection.of(report));
        sections.add(NextStepsSection.of(report, checks));
        sections.add(CriteriaSection.of(report, checks));
        LevelTwoSection.of(report).ifPresent(sections::add);
        sections.add(KpisSection.of(report, history));
        sections.add(FindingsSection.of(report, checks));
        sections.add(ChecksSection.of(report, checks));
        sections.add(NotesSection.of(report));
        return sections;
    }

    private Element page(ScanReport report) {
        return Element.of("html").attr("lang", "en")
                .add(head(report))
                .add(Element.of("body")
                        .add(Element.of("a", "Skip to the summary").href("#main").cls("skip"))
                        .add(header(report))
                        .add(body(report)));
    }

    private static Element head(ScanReport report) {
        return Element.of("head")
                .add(Element.of("meta").attr("charset", "utf-8"))
                // First, so that it governs everything after it.
                .add(Element.of("meta").attr("http-equiv", "Content-Security-Policy").attr("content", Assets.CONTENT_SECURITY_POLICY))
                .add(Element.of("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"))
                .add(Element.of("meta").attr("name", "referrer").attr("content", "no-referrer"))
                .add(Element.of("meta").attr("name", "generator").attr("content", report.tool().name() + " " + report.tool().version()))
                .add(Element.of("title", "cairn report: " + report.target().path()))
                .add(Element.of("style").raw(Assets.CSS));
    }

    private static Element header(ScanReport report) {
        return Element.of("header")
                .add(Element.of("h1").add(new Text("cairn report: ")).add(Element.of("span", report.target().path()).cls("target")))
                .add(facts(report));
    }

    /** Path, repository, commit, time and what was read, as a definition list. */
    public static Element facts(ScanReport report) {
        Target target = report.target();
        Element facts = Element.of("dl").cls("facts");
        fact(facts, "Path", Tables.code(target.path()));
        if (target.repository() != null) {
            fact(facts, "Repository", Tables.code(target.repository()));
        }
        if (target.commit() != null) {
            fact(facts, "Commit", Tables.code(target.commit()));
        }
        if (target.scannedAt() != null) {
            fact(facts, "Scanned", Element.of("time", SCANNED_AT.format(target.scannedAt()))
                    .attr("datetime", target.scannedAt().toString()));
        }
        fact(facts, "Read", new Text(inputs(target.inputs())));
        return facts;
    }

    private static void fact(Element list, String term, Node value) {
        list.add(Element.of("div").add(Element.of("dt", term)).add(Element.of("dd").add(value)));
    }

    private static String inputs(InputCounts in) {
        return count(in.files(), "file") + ", " + count(in.objects(), "object") + ", "
                + count(in.dockerfiles(), "Dockerfile") + ", " + count(in.pipelines(), "pipeline");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Element contents(List<Section> sections) {
        Element list = Element.of("ol");
        for (Section s : sections) {
            list.add(Element.of("li").add(Element.of("a", s.title()).href("#" + s.id())));
        }
        return Element.of("nav").attr("aria-label", "Contents").cls("contents").add(list);
    }

    private static Element footer(ScanReport report) {
        return Element.of("footer").add(Element.of("p", report.tool().name() + " " + report.tool().version()
                + ", ruleset " + report.tool().rulesetVersion() + ", report schema " + report.schemaVersion()
                + ". This file loads nothing from the network; only the links to check documentation leave it,"
                + " when you follow them."));
    }
}
