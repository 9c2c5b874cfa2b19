package dev.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.NextStep;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {
    private static final List<org.commonmark.Extension> GFM = List.of(TablesExtension.create());

    /** The comment as GitHub would show it: Markdown with tables, rendered to HTML and parsed. */
    private static Document rendered(String markdown) {
        String html = HtmlRenderer.builder().extensions(GFM).build().render(Parser.builder().extensions(GFM).build().parse(markdown));
        return Jsoup.parseBodyFragment(html);
    }

    private static Element findingsTable(Document doc) {
        return doc.selectFirst("table:has(th:containsOwn(Message))");
    }

    @Test
    void fullReport() {
        assertThat(Reports.render(new MarkdownReporter(), Reports.full())).isEqualTo("""
                ## cairn: `examples/shop` @ `3f2c1ab`

                **3 counted findings** · 1 suppressed · checks: 1 pass, 3 fail, 1 not applicable, 1 suppressed, 1 error

                **1 check could not run**: K8S-020 pdb-coverage. What it judges is missing from this report.

                ### Level 1 by aspect

                | Aspect | State | Score | Coverage |
                |---|---|--:|--:|
                | Technology | in progress | 67/100 | 100% |
                | Business outcomes | insufficient evidence | not scored | 25% |

                ### Findings by severity

                | critical | high | medium | low | info | suppressed |
                |--:|--:|--:|--:|--:|--:|
                | 0 | 1 | 1 | 1 | 0 | 1 |

                ### Top findings

                | Severity | Location | Check | Message |
                |---|---|---|---|
                | high | `deploy/base/deployment.yaml:21` | K8S-003 run-as-non-root | `container "web" may run as root: set securityContext.runAsNonRoot: true` |
                | medium | `deploy/base/deployment.yaml:24` | K8S-012 resource-limits | `container "web" has no memory limit` |
                | low | `Dockerfile:1` | DKR-001 pinned-base-image | `base image node:latest is not pinned to a digest` |

                ### Next steps

                1. **TEC-8** Containers may run as root: `deploy/base/deployment.yaml:21` (K8S-003)
                2. **POL-6** No SLO defined for the service: add an OpenSLO file: cairn checks explain POL-6

                _cairn 0.1.0, ruleset 2026.03, scanned 2026-03-01 09:30 UTC_
                """);
    }

    @Test
    void reportWithoutAssessmentSaysSoInOneLineEach() {
        String markdown = Reports.render(new MarkdownReporter(), Reports.small());

        assertThat(markdown.lines()).containsSubsequence(
                "### Level 1 by aspect", "", "_No aspect scores in this report._", "",
                "### Findings by severity");
        assertThat(markdown.lines()).containsSubsequence("### Next steps", "", "_No next steps in this report._");
    }

    @Test
    void cleanScan() {
        ScanReport s = Reports.small();
        ScanReport clean = new ScanReport(s.schemaVersion(), s.tool(), s.target(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());

        String markdown = Reports.render(new MarkdownReporter(), clean);

        assertThat(markdown.lines()).contains("**No counted findings** · checks: 0 pass, 0 fail", "| 0 | 0 | 0 | 0 | 0 | 0 |")
                .containsSubsequence("### Top findings", "", "_None._");
    }

    @Test
    void topFindingsAreTheTenGravestCountedOnes() {
        List<Finding> findings = new ArrayList<>();
        IntStream.rangeClosed(1, 9).forEach(i -> findings.add(finding("low-" + i + ".yaml", Severity.LOW, "low " + i)));
        findings.add(finding("z.yaml", Severity.CRITICAL, "critical one"));
        findings.add(finding("y.yaml", Severity.MEDIUM, "medium one"));
        findings.add(finding("x.yaml", Severity.HIGH, "high one"));

        String markdown = Reports.render(new MarkdownReporter(), withFindings(findings));

        List<String> rows = markdown.lines().filter(l -> l.startsWith("| ") && l.contains(".yaml:")).toList();
        assertThat(rows).hasSize(10);
        assertThat(rows.subList(0, 4)).containsExactly(
                "| critical | `z.yaml:4` | K8S-003 run-as-non-root | `critical one` |",
                "| high | `x.yaml:4` | K8S-003 run-as-non-root | `high one` |",
                "| medium | `y.yaml:4` | K8S-003 run-as-non-root | `medium one` |",
                "| low | `low-1.yaml:4` | K8S-003 run-as-non-root | `low 1` |");
        assertThat(rows.getLast()).isEqualTo("| low | `low-7.yaml:4` | K8S-003 run-as-non-root | `low 7` |");
        assertThat(markdown).contains("\n_10 of 12 counted findings, the gravest first; `cairn scan --format html` lists them all._\n");
    }

    @Test
    void scannedTextStaysTextWhenGithubRendersTheComment() {
        String markdown = Reports.render(new MarkdownReporter(), HtmlReportSafetyTest.hostile());
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
        String path = "deploy/" + hostile + ".yaml";

        assertThat(markdown.lines()).contains("## cairn: `" + hostile + "` @ `<script`",
                "| high | `" + path + ":3` | K8S-003 \\<script\\>alert(1)\\</script\\>\"\\>\\<img src=x onerror=alert(1)\\>"
                        + " | `container " + hostile + " may run as root` |");
        Document doc = rendered(markdown);
        assertThat(doc.select("script, img, a")).isEmpty();
        Element findings = findingsTable(doc);
        assertThat(findings.select("tbody tr")).singleElement().satisfies(tr -> assertThat(tr.select("td").stream()
                .map(Element::text)).containsExactly("high", path + ":3", "K8S-003 " + hostile, "container " + hostile + " may run as root"));
        assertThat(doc.select("ol > li").text()).isEqualTo(hostile + " " + hostile + ": " + path + ":3, " + hostile + " (K8S-003)");
    }

    @Test
    void pipesBackticksLinksAndMentionsInAMessageStayInTheirCell() {
        Finding tricky = finding("a|b.yaml", Severity.HIGH, "image `x` | [click](https://evil.example) @org/team ``end");

        String markdown = Reports.render(new MarkdownReporter(), withFindings(List.of(tricky)));

        assertThat(markdown.lines()).contains(
                "| high | `a\\|b.yaml:4` | K8S-003 run-as-non-root | ```image `x` \\| [click](https://evil.example) @org/team ``end``` |");
        Element row = findingsTable(rendered(markdown)).selectFirst("tbody tr");
        assertThat(row.select("td").stream().map(Element::text)).containsExactly("high", "a|b.yaml:4",
                "K8S-003 run-as-non-root", "image `x` | [click](https://evil.example) @org/team ``end");
        assertThat(row.select("td").get(3).children()).singleElement().satisfies(c -> assertThat(c.tagName()).isEqualTo("code"));
    }

    @Test
    void hugeMessagesAreShortenedSoTheCommentStaysUnderGithubsLimit() {
        List<Finding> findings = IntStream.range(0, 10)
                .mapToObj(i -> finding("f" + i + ".yaml", Severity.HIGH, "m".repeat(100_000))).toList();

        String markdown = Reports.render(new MarkdownReporter(), withFindings(findings));

        assertThat(markdown.length()).isLessThan(MarkdownReporter.GITHUB_COMMENT_LIMIT);
        assertThat(markdown.lines().filter(l -> l.endsWith("m…` |"))).hasSize(10);
    }

    @Test
    void anythingStillTooLongIsCutAtALineWithANote() {
        List<NextStep> steps = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new NextStep(i, "TEC-" + i, "step " + i + " " + "w".repeat(150), null, null, null)).toList();
        ScanReport s = Reports.full();
        ScanReport many = new ScanReport(s.schemaVersion(), s.tool(), s.target(), s.notes(), s.findings(), s.checks(),
                s.criteria(), s.aspects(), steps, s.levelTwoPreview(), s.kpis());
        String whole = Reports.render(new MarkdownReporter(), many);

        String cut = Reports.render(new MarkdownReporter(1500), many);

        assertThat(whole.length()).isGreaterThan(1500);
        assertThat(cut.length()).isLessThanOrEqualTo(1500);
        assertThat(cut).endsWith("\n\n_Cut to fit a pull-request comment: `cairn scan --format html` shows the whole report._\n");
        String kept = cut.substring(0, cut.indexOf("\n\n_Cut to fit") + 1);
        assertThat(whole).startsWith(kept);
        assertThat(kept).contains("### Next steps");
    }

    private static Finding finding(String path, Severity severity, String message) {
        return new Finding(CheckId.of("K8S-003"), "run-as-non-root", severity, Aspect.TECHNOLOGY, List.of(), message,
                Location.at(SourcePath.of(path), new Span(4, 2, 4, 9)), null, path, null);
    }

    private static ScanReport withFindings(List<Finding> findings) {
        ScanReport s = Reports.small();
        return new ScanReport(s.schemaVersion(), s.tool(), s.target(), List.of(), findings, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }
}
