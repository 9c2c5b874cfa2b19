package dev.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.EvidenceKind;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.InputCounts;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiTarget;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.LevelTwoItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.NextStep;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.model.Target;
import dev.cairn.core.model.Tier;
import dev.cairn.core.model.ToolInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What makes the HTML report safe to open: scanned text never becomes markup, the page makes no request,
 * the Content-Security-Policy admits exactly the report's own style and script, and the page is navigable
 * with assistive technology.
 */
class HtmlReportSafetyTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    private static final String HOSTILE = SCRIPT + BREAKOUT;
    private static final SourcePath HOSTILE_PATH = SourcePath.of("deploy/" + HOSTILE + ".yaml");
    private static final Location AT = Location.at(HOSTILE_PATH, new Span(3, 5, 3, 9));
    private static final ObjectRef OBJECT = new ObjectRef("apps/v1", "Deployment", HOSTILE, HOSTILE);

    /** A report in which every string a manifest, a config or a history could supply carries markup. */
    static ScanReport hostile() {
        Finding counted = new Finding(CheckId.of("K8S-003"), HOSTILE, Severity.HIGH, Aspect.TECHNOLOGY, List.of(HOSTILE),
                "container " + HOSTILE + " may run as root", AT, OBJECT, "00ff", null);
        Finding waived = new Finding(CheckId.of("K8S-041"), "committed-secret", Severity.LOW, Aspect.TECHNOLOGY, List.of(),
                HOSTILE, AT, OBJECT, "11ee", new Suppression(dev.cairn.core.model.SuppressionKind.WAIVER, HOSTILE, HOSTILE, null));
        KpiValue kpi = new KpiValue(HOSTILE, 2.0, HOSTILE, HOSTILE, HOSTILE, HOSTILE,
                new KpiTarget(1.0, 3.0, HOSTILE, HOSTILE, HOSTILE, HOSTILE), KpiStatus.OFF_TRACK, List.of(HOSTILE));
        return new ScanReport(ScanReport.SCHEMA_VERSION, new ToolInfo(HOSTILE, HOSTILE, HOSTILE),
                new Target(HOSTILE, HOSTILE, HOSTILE, Reports.SCANNED_AT, 1, new InputCounts(1, 1, 1, 0, 0, 0, 0)),
                List.of(new Note(HOSTILE_PATH, 2, NoteKind.NOT_AN_OBJECT, HOSTILE)),
                List.of(counted, waived),
                List.of(new CheckResult(CheckId.of("K8S-003"), HOSTILE, CheckStatus.FAIL, 1, 0, null),
                        new CheckResult(CheckId.of("K8S-020"), HOSTILE, CheckStatus.ERROR, 0, 0, HOSTILE)),
                List.of(new CriterionResult(HOSTILE, Aspect.TECHNOLOGY, Tier.CORE, HOSTILE, Outcome.NOT_MET, Confidence.ATTESTED, HOSTILE,
                        List.of(new EvidenceItem(EvidenceKind.ANSWER, HOSTILE, AT, HOSTILE, OBJECT, HOSTILE, null)), HOSTILE)),
                List.of(new AspectScore(Aspect.TECHNOLOGY, AspectState.NOT_STARTED, 10, 0.5)),
                List.of(new NextStep(1, HOSTILE, HOSTILE, CheckId.of("K8S-003"), AT, HOSTILE)),
                List.of(new LevelTwoItem(Aspect.POLICY, HOSTILE, HOSTILE)),
                List.of(kpi));
    }

    private static final List<KpiTrendPoint> HOSTILE_HISTORY =
            List.of(new KpiTrendPoint(HOSTILE, Instant.parse("2026-01-01T00:00:00Z"), 1.0));

    @Test
    void scannedTextAppearsAsTextAndNeverAsMarkup() {
        String html = HtmlDom.html(hostile(), RuleCatalog.empty(), HOSTILE_HISTORY);
        Document doc = Jsoup.parse(html);

        assertThat(html).doesNotContainIgnoringCase("<script>alert").doesNotContainIgnoringCase("<img");
        assertThat(doc.select("script")).singleElement().satisfies(s -> assertThat(s.data()).doesNotContain("alert"));
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().toLowerCase().startsWith("on"))).isEmpty();

        assertThat(doc.title()).isEqualTo("cairn report: " + HOSTILE);
        assertThat(doc.select("h1 .target").text()).isEqualTo(HOSTILE);
        assertThat(doc.select("header code").eachText()).containsExactly(HOSTILE, HOSTILE, HOSTILE);
        assertThat(doc.select("meta[name=generator]").attr("content")).isEqualTo(HOSTILE + " " + HOSTILE);
        Element row = doc.selectFirst("#findings-table tr[data-check=K8S-003]");
        assertThat(row.attr("data-path")).isEqualTo(HOSTILE_PATH.value());
        assertThat(row.children().stream().map(Element::text).toList()).containsExactly("high",
                HOSTILE_PATH.value() + ":3:5", "Deployment/" + HOSTILE + "/" + HOSTILE, "K8S-003 " + HOSTILE,
                "container " + HOSTILE + " may run as root");
        assertThat(doc.select("#findings-table tr[data-check=K8S-041] .detail").text())
                .isEqualTo("suppressed by waiver: " + HOSTILE + " · owner " + HOSTILE);
        assertThat(doc.select("#finding-filters option[value=K8S-003]").text()).isEqualTo("K8S-003 " + HOSTILE + " (1)");
        assertThat(HtmlDom.rows(doc, "#checks-table").getLast()).containsExactly("K8S-020 " + HOSTILE, "error", "0", "0", HOSTILE);
        assertThat(HtmlDom.rows(doc, "#notes-table")).containsExactly(
                List.of(HOSTILE_PATH.value(), "2", "not an object", HOSTILE));
        assertThat(doc.select("#criteria-table tbody th[scope=row]").text()).isEqualTo(HOSTILE);
        assertThat(doc.select("#criteria-table .evidence li").text()).isEqualTo("answer " + HOSTILE + " "
                + HOSTILE_PATH.value() + ":3:5 Deployment/" + HOSTILE + "/" + HOSTILE + " commit " + HOSTILE.substring(0, 7)
                + " question " + HOSTILE);
        assertThat(doc.select("#criteria-table .conflict").text()).isEqualTo("Conflict: " + HOSTILE);
        assertThat(doc.select("#next-steps li").text()).isEqualTo(HOSTILE + " " + HOSTILE + " " + HOSTILE_PATH.value()
                + ":3:5 " + HOSTILE + " K8S-003 " + HOSTILE);
        assertThat(doc.select("#level-two li").text()).isEqualTo("Policy: " + HOSTILE + " " + HOSTILE);
        assertThat(HtmlDom.rows(doc, "#kpi-table").getFirst()).containsExactly(HOSTILE, "2 " + HOSTILE, HOSTILE,
                "3 " + HOSTILE + " baseline 1 · owner " + HOSTILE + " · goal: " + HOSTILE + " · source " + HOSTILE,
                "off track", HOSTILE + ", " + HOSTILE + " " + HOSTILE);
        assertThat(doc.select("#trend-0 > title").text()).isEqualTo(HOSTILE + " (" + HOSTILE + ") over 2 scans");
        assertThat(doc.select("#kpis figcaption").text()).isEqualTo(HOSTILE);
        assertThat(doc.select("footer").text()).startsWith(HOSTILE + " " + HOSTILE + ", ruleset " + HOSTILE);
    }

    @Test
    void hiddenBidiOverridesAndTerminalEscapesAreShownNotObeyed() {
        ScanReport s = Reports.small();
        Finding sneaky = new Finding(CheckId.of("K8S-003"), "run-as-non-root", Severity.HIGH, Aspect.TECHNOLOGY, List.of(),
                "image \"evil\u202Egpj.exe\" \u001b[2J", Location.file(SourcePath.of("a.yaml")), null, "ff", null);
        ScanReport report = new ScanReport(s.schemaVersion(), s.tool(), s.target(), List.of(), List.of(sneaky), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());

        Document doc = HtmlDom.parse(report);

        assertThat(HtmlDom.rows(doc, "#findings-table").getFirst().getLast())
                .isEqualTo("image \"evil<U+202E>gpj.exe\" ^[[2J");
    }

    @Test
    void theReportFetchesNothingAndLinksOnlyToItselfAndCheckDocumentation() {
        for (Document doc : List.of(Jsoup.parse(HtmlDom.html(Reports.full(), HtmlReporterTest.RULES, List.of())),
                Jsoup.parse(HtmlDom.html(hostile(), RuleCatalog.empty(), HOSTILE_HISTORY)))) {
            assertThat(doc.select("[src], [srcset], [action], [formaction], [poster], [data], [background], [ping],"
                    + " [xlink:href], link, base, iframe, frame, object, embed, img, picture, audio, video, source,"
                    + " track, image, use, meta[http-equiv=refresh]")).isEmpty();
            for (Element linked : doc.select("[href]")) {
                String href = linked.attr("href");
                assertThat(linked.tagName()).as(href).isEqualTo("a");
                if (href.startsWith("#")) {
                    assertThat(doc.getElementById(href.substring(1))).as("target of " + href).isNotNull();
                } else {
                    assertThat(href).startsWith(RuleInfo.HELP_BASE);
                    assertThat(linked.attr("rel")).isEqualTo("noopener noreferrer");
                }
            }
            String style = doc.selectFirst("head style").data();
            assertThat(style).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
            String script = doc.selectFirst("body > script").data();
            assertThat(script).doesNotContain("fetch(").doesNotContain("XMLHttpRequest").doesNotContain("import(")
                    .doesNotContain("innerHTML").doesNotContain("eval(");
        }
    }

    @Test
    void contentSecurityPolicyAdmitsExactlyTheInlineStyleAndScript() throws Exception {
        Document doc = Jsoup.parse(HtmlDom.html(Reports.full(), HtmlReporterTest.RULES, List.of()));

        List<Element> head = doc.head().children();
        assertThat(head.get(0).attr("charset")).isEqualTo("utf-8");
        assertThat(head.get(1).attr("http-equiv")).isEqualTo("Content-Security-Policy");
        assertThat(doc.select("style, script")).hasSize(2);
        String style = doc.selectFirst("head style").data();
        String script = doc.selectFirst("body > script").data();
        assertThat(head.get(1).attr("content")).isEqualTo("default-src 'none'; style-src '" + sha256(style)
                + "'; script-src '" + sha256(script) + "'; base-uri 'none'; form-action 'none'");
        assertThat(doc.select("meta[name=referrer]").attr("content")).isEqualTo("no-referrer");
        assertThat(doc.select("[style]")).as("inline style attributes, which the policy blocks").isEmpty();
    }

    @Test
    void structureServesScreenReadersAndKeyboards() {
        Document doc = Jsoup.parse(HtmlDom.html(Reports.full(), HtmlReporterTest.RULES,
                List.of(new KpiTrendPoint("deployment-frequency", Instant.parse("2026-01-01T00:00:00Z"), 1.0))));

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.body().child(0).attr("href")).isEqualTo("#main");
        assertThat(doc.getElementById("main").tagName()).isEqualTo("main");
        assertThat(doc.select("h1")).hasSize(1);
        List<Integer> levels = doc.select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after level %d", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        for (Element section : doc.select("main > section")) {
            assertThat(doc.getElementById(section.attr("aria-labelledby")).tagName()).isEqualTo("h2");
        }
        for (Element table : doc.select("table")) {
            assertThat(table.select("> caption").text()).as(table.id()).isNotBlank();
            assertThat(table.select("> thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(table.select("> tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("row", "rowgroup"));
        }
        List<Element> charts = new ArrayList<>(doc.select("svg"));
        assertThat(charts).extracting(Element::id).containsExactly("aspect-chart", "severity-chart", "trend-0");
        for (Element svg : charts) {
            assertThat(svg.attr("role")).isEqualTo("img");
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                Element label = svg.getElementById(id);
                assertThat(label).as(id).isNotNull();
                assertThat(label.parent()).isEqualTo(svg);
                assertThat(label.text()).isNotBlank();
            }
        }
        for (Element control : doc.select("input, select")) {
            boolean wrapped = control.parent().tagName().equals("label");
            boolean labelled = !control.id().isEmpty() && !doc.select("label[for=" + control.id() + "]").isEmpty();
            assertThat(wrapped || labelled).as(control.outerHtml()).isTrue();
        }
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }
}
