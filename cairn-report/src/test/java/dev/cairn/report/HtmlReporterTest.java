package dev.cairn.report;

import static dev.cairn.report.HtmlDom.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.Target;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report read back as a DOM: sections, the numbers in them, empty states and the findings filter. */
class HtmlReporterTest {
    static final RuleCatalog RULES = RuleCatalog.of(List.of(new RuleInfo(CheckId.of("K8S-003"), "run-as-non-root",
            "Container may run as root", Severity.HIGH, Aspect.TECHNOLOGY, List.of("TEC-8"), List.of(), null,
            RuleInfo.HELP_BASE + "K8S-003")));

    private static Document full() {
        return Jsoup.parse(HtmlDom.html(Reports.full(), RULES, List.of()));
    }

    @Test
    void sectionsComeInReadingOrderWithAContentsEntryEach() {
        Document doc = full();

        assertThat(doc.select("main > section").eachAttr("id")).containsExactly(
                "summary", "next-steps", "criteria", "level-two", "kpis", "findings", "checks", "notes");
        assertThat(doc.select("nav.contents a").eachAttr("href")).containsExactly(
                "#summary", "#next-steps", "#criteria", "#level-two", "#kpis", "#findings", "#checks", "#notes");
        assertThat(doc.select("main > section > h2").eachText()).containsExactly(
                "Summary", "Next steps", "Level 1 criteria", "Level 2 preview", "KPIs", "Findings", "Checks", "Notes");
        assertThat(doc.title()).isEqualTo("cairn report: examples/shop");
        assertThat(doc.select("h1").text()).isEqualTo("cairn report: examples/shop");
    }

    @Test
    void headerSaysWhatWasScannedAndWhen() {
        Document doc = full();

        assertThat(doc.select("header dl.facts > div").stream().map(d -> d.select("dt").text() + " = " + d.select("dd").text()))
                .containsExactly(
                        "Path = examples/shop",
                        "Repository = https://github.com/acme/shop.git",
                        "Commit = 3f2c1ab9d0e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8",
                        "Scanned = 2026-03-01 09:30 UTC",
                        "Read = 14 files, 23 objects, 1 Dockerfile, 1 pipeline");
        assertThat(doc.select("header time").attr("datetime")).isEqualTo("2026-03-01T09:30:00Z");
        assertThat(doc.select("footer").text()).startsWith("cairn 0.1.0, ruleset 2026.03, report schema 1.");
    }

    @Test
    void summaryGivesStateScoreAndCoveragePerAspectAsTableAndChart() {
        Document doc = full();

        assertThat(doc.select("#summary p.lead").text()).isEqualTo("Level 1 attained in 0 of 2 aspects.");
        assertThat(rows(doc, "#aspects-table")).containsExactly(
                List.of("Technology", "in progress", "67/100", "100%"),
                List.of("Business outcomes", "insufficient evidence", "not scored", "25%"));
        assertThat(doc.select("#aspects-table .badge").eachAttr("class"))
                .containsExactly("badge state-in-progress", "badge state-insufficient-evidence");

        Element chart = doc.selectFirst("#summary svg#aspect-chart");
        assertThat(chart.select("rect.bar")).singleElement().satisfies(bar -> {
            assertThat(bar.attr("width")).isEqualTo("227.8"); // 67 % of the 340-pixel track
            assertThat(bar.classNames()).contains("state-in-progress");
        });
        assertThat(chart.select("rect.track")).hasSize(2);
        assertThat(chart.select("text.value").eachText())
                .containsExactly("67/100, coverage 100%", "not scored, coverage 25%");
        assertThat(chart.select("desc").text()).isEqualTo("Technology: 67 of 100, in progress, coverage 100%;"
                + " Business outcomes: not scored, insufficient evidence, coverage 25%.");
    }

    @Test
    void summaryCountsFindingsBySeverityAndChecksByStatus() {
        Document doc = full();

        assertThat(rows(doc, "#severity-table")).containsExactly(
                List.of("critical", "0", "0"),
                List.of("high", "1", "1"),
                List.of("medium", "1", "0"),
                List.of("low", "1", "0"),
                List.of("info", "0", "0"),
                List.of("Total", "3", "1"));
        assertThat(doc.select("#summary h3 + p").last().text())
                .isEqualTo("7 checks: 1 pass, 3 fail, 1 not applicable, 1 suppressed, 1 error.");
    }

    @Test
    void severityChartScalesCountedFindingsToTheLargestCount() {
        ScanReport s = Reports.small();
        ScanReport report = new ScanReport(s.schemaVersion(), s.tool(), s.target(), List.of(),
                List.of(Reports.DOCKERFILE_UNPINNED, Reports.RUNS_AS_ROOT, Reports.RUNS_AS_ROOT, Reports.COMMITTED_SECRET),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        Element chart = HtmlDom.parse(report).selectFirst("#summary svg#severity-chart");

        assertThat(chart.select("rect.bar").stream().map(r -> r.attr("class") + " " + r.attr("width")))
                .containsExactly("bar severity-high 260", "bar severity-low 130");
        assertThat(chart.select("text.value").eachText()).containsExactly("0", "2", "0", "1", "0");
        assertThat(chart.selectFirst("desc").text()).isEqualTo("0 critical, 2 high, 0 medium, 1 low, 0 info.");
    }

    @Test
    void nextStepsKeepTheirRankCriterionAndWhereToStart() {
        Document doc = full();

        assertThat(doc.select("#next-steps ol.steps > li").eachAttr("value")).containsExactly("1", "2");
        assertThat(doc.select("#next-steps ol.steps > li").eachText()).containsExactly(
                "TEC-8 Containers may run as root deploy/base/deployment.yaml:21:11 K8S-003 run-as-non-root",
                "POL-6 No SLO defined for the service add an OpenSLO file: cairn checks explain POL-6");
        assertThat(doc.select("#next-steps a").attr("href")).isEqualTo("https://cairn.dev/checks/K8S-003");
    }

    @Test
    void criteriaAreGroupedByAspectWithEveryPieceOfEvidence() {
        Document doc = full();

        assertThat(doc.select("#criteria-table tr.group").eachText()).containsExactly("Technology (1 criterion)");
        List<String> row = rows(doc, "#criteria-table").getFirst();
        assertThat(row.subList(0, 5)).containsExactly("TEC-8", "Containers run without privileges", "core", "not met", "observed");
        assertThat(doc.select("#criteria-table p.summary").text()).isEqualTo("Containers may run as root");
        assertThat(doc.select("#criteria-table ul.evidence > li").eachText()).containsExactly(
                "check K8S-003 failed on Deployment shop/web deploy/base/deployment.yaml:21:11 Deployment/shop/web K8S-003",
                "commit securityContext removed commit 0123456",
                "answer answered: containers never run as root question tec-8-non-root");
        assertThat(doc.select("#criteria-table ul.evidence code[title]").attr("title"))
                .isEqualTo("0123456789abcdef0123456789abcdef01234567");
        assertThat(doc.select("#criteria-table .conflict").text())
                .isEqualTo("Conflict: answered met, but K8S-003 found a container that may run as root");
        assertThat(doc.select("#level-two li").eachText()).containsExactly(
                "Process: Progressive delivery Roll changes out gradually and roll back on failing health checks.");
    }

    @Test
    void kpisShowValueBandTargetStatusAndHowTheyWereMeasured() {
        Document doc = full();

        assertThat(rows(doc, "#kpi-table")).containsExactly(List.of(
                "deployment-frequency", "1.4 per-week", "weekly",
                "2 per-week baseline 0.5 · owner team-shop · goal: ship every week · source .cairn.yaml",
                "on track", "git tags matching v*, 90d 3 tags in the window are not on the default branch"));
        assertThat(doc.select("#kpis svg")).isEmpty();
        assertThat(doc.select("#kpis p.empty").text())
                .isEqualTo("No trends yet: a trend appears once earlier scans have measured a KPI.");
    }

    @Test
    void earlierValuesDrawATrendEndingAtThisScanAgainstTheTarget() {
        List<KpiTrendPoint> history = List.of(
                new KpiTrendPoint("deployment-frequency", Instant.parse("2026-01-15T00:00:00Z"), 1.1),
                new KpiTrendPoint("deployment-frequency", Instant.parse("2025-12-01T09:30:00Z"), 0.8),
                // at or after the scan: a history that already stored this scan must not count it twice
                new KpiTrendPoint("deployment-frequency", Reports.SCANNED_AT, 1.4),
                new KpiTrendPoint("deployment-frequency", Instant.parse("2026-04-01T00:00:00Z"), 9.0),
                new KpiTrendPoint("change-lead-time", Instant.parse("2026-01-15T00:00:00Z"), 30.0));

        Document doc = Jsoup.parse(HtmlDom.html(Reports.full(), RULES, history));

        Element chart = doc.selectFirst("#kpis figure svg#trend-0");
        assertThat(doc.select("#kpis svg")).hasSize(1);
        assertThat(chart.select("circle > title").eachText()).containsExactly(
                "2025-12-01: 0.8 per-week", "2026-01-15: 1.1 per-week", "2026-03-01: 1.4 per-week");
        assertThat(chart.selectFirst("desc").text()).isEqualTo("deployment-frequency went from 0.8 on 2025-12-01"
                + " to 1.4 per-week on 2026-03-01 over 3 scans; the target is 2.");
        // Values 0.8 to 2 (the target) with a 10 % margin, 0.68 to 2.12, map onto pixels 140 (bottom) to 14 (top);
        // the 90 days from the first point to the scan onto 52 to 324: 1.1 after 44.6 days is at 186.8,103.3.
        assertThat(chart.select("circle").stream().map(c -> c.attr("cx") + "," + c.attr("cy")))
                .containsExactly("52,129.5", "186.8,103.3", "324,77");
        assertThat(chart.select("polyline").attr("points")).isEqualTo("52,129.5 186.8,103.3 324,77");
        assertThat(chart.select("line.target").attr("y1")).isEqualTo("24.5");
        assertThat(chart.select("text").eachText()).contains("2025-12-01", "2026-03-01", "0.8", "2", "target 2");
        assertThat(doc.select("#kpis figcaption").text()).isEqualTo("deployment-frequency");
    }

    @Test
    void oneEarlierValueOfAKpiWithoutCurrentDataDrawsNoTrend() {
        ScanReport s = Reports.full();
        KpiValue noData = new KpiValue("change-lead-time", null, "hours", null, "git history", "90d", null,
                KpiStatus.NO_DATA, List.of());
        ScanReport report = new ScanReport(s.schemaVersion(), s.tool(), s.target(), s.notes(), s.findings(), s.checks(),
                s.criteria(), s.aspects(), s.nextSteps(), s.levelTwoPreview(), List.of(noData));

        Document doc = Jsoup.parse(HtmlDom.html(report, RULES,
                List.of(new KpiTrendPoint("change-lead-time", Instant.parse("2026-01-15T00:00:00Z"), 30.0))));

        assertThat(rows(doc, "#kpi-table")).containsExactly(
                List.of("change-lead-time", "no data", "", "none declared", "no data", "git history, 90d"));
        assertThat(doc.select("#kpis svg")).isEmpty();
    }

    @Test
    void findingsAreGroupedBySeverityWithSuppressedOnesLast() {
        Document doc = full();

        assertThat(doc.select("#findings-table tr.group").eachText())
                .containsExactly("high (1)", "medium (1)", "low (1)", "Suppressed (1): these do not count");
        assertThat(rows(doc, "#findings-table")).containsExactly(
                List.of("high", "deploy/base/deployment.yaml:21:11", "Deployment/shop/web", "K8S-003 run-as-non-root",
                        "container \"web\" may run as root: set securityContext.runAsNonRoot: true"),
                List.of("medium", "deploy/base/deployment.yaml:24:11", "Deployment/shop/web", "K8S-012 resource-limits",
                        "container \"web\" has no memory limit"),
                List.of("low", "Dockerfile:1:1", "", "DKR-001 pinned-base-image",
                        "base image node:latest is not pinned to a digest"),
                List.of("high", "deploy/base/secret.yaml:7:3", "Secret/shop/db", "K8S-041 committed-secret",
                        "Secret data is committed in plain text suppressed by waiver: test credentials only"
                                + " · owner team-shop · expires 2026-06-30"));
        Element link = doc.selectFirst("#findings-table a");
        assertThat(link.attr("href")).isEqualTo("https://cairn.dev/checks/K8S-003");
        assertThat(link.attr("title")).isEqualTo("Container may run as root");
        assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
    }

    @Test
    void eachFindingCarriesWhatTheFiltersMatchOn() {
        Document doc = full();

        assertThat(doc.select("#findings-table tr[data-severity]").stream()
                .map(tr -> String.join(" ", tr.attr("data-severity"), tr.attr("data-check"), tr.attr("data-path"),
                        tr.attr("data-counted"))))
                .containsExactly(
                        "high K8S-003 deploy/base/deployment.yaml true",
                        "medium K8S-012 deploy/base/deployment.yaml true",
                        "low DKR-001 Dockerfile true",
                        "high K8S-041 deploy/base/secret.yaml false");
    }

    @Test
    void filtersAreHiddenUntilTheScriptRunsAndOfferWhatTheFindingsHold() {
        Document doc = full();

        Element form = doc.selectFirst("#findings form#finding-filters");
        assertThat(form.hasAttr("hidden")).isTrue();
        assertThat(form.select("input[name=severity]").eachAttr("value")).containsExactly("critical", "high", "medium", "low", "info");
        assertThat(form.select("input[name=severity]").stream().allMatch(i -> i.hasAttr("checked"))).isTrue();
        assertThat(form.select("fieldset label").eachText()).containsExactly(
                "critical (0)", "high (2)", "medium (1)", "low (1)", "info (0)");
        assertThat(form.select("select[name=check] option").eachAttr("value"))
                .containsExactly("", "DKR-001", "K8S-003", "K8S-012", "K8S-041");
        assertThat(form.select("select[name=check] option").eachText()).containsExactly("all checks",
                "DKR-001 pinned-base-image (1)", "K8S-003 run-as-non-root (1)", "K8S-012 resource-limits (1)",
                "K8S-041 committed-secret (1)");
        assertThat(form.select("input[name=path]").attr("type")).isEqualTo("search");
        assertThat(form.select("input[name=suppressed]").hasAttr("checked")).isTrue();
        assertThat(form.select("label[for]").eachAttr("for")).containsExactly("filter-check", "filter-path");
        assertThat(doc.select("#finding-count").text()).isEqualTo("4 findings, 1 suppressed.");
        assertThat(doc.select("#findings noscript").text())
                .isEqualTo("The filters need JavaScript, which is off: every finding is listed below.");
        assertThat(doc.select("body > script")).singleElement()
                .satisfies(s -> assertThat(s.data()).contains("getElementById('finding-filters')"));
    }

    @Test
    void checksAndNotesAreListed() {
        Document doc = full();

        assertThat(rows(doc, "#checks-table")).hasSize(7).contains(
                List.of("K8S-020 pdb-coverage", "error", "0", "0", "index lookup failed: NullPointerException"),
                List.of("K8S-041 committed-secret", "suppressed", "0", "1", ""));
        assertThat(rows(doc, "#notes-table")).containsExactly(
                List.of("assets/video.mp4", "", "skipped large file", "12 MiB is over the 5 MiB cap"),
                List.of("deploy/base/values.yaml", "3", "not an object", "document 1 has no kind"));
    }

    @Test
    void sectionsWithoutDataSaySoInsteadOfDisappearing() {
        Document doc = HtmlDom.parse(Reports.small());

        assertThat(doc.select("main > section").eachAttr("id"))
                .containsExactly("summary", "next-steps", "criteria", "kpis", "findings", "checks", "notes");
        assertThat(doc.select("#summary p.empty").text()).isEqualTo("No aspect scores in this report: the Level 1"
                + " assessment has not judged any aspect. The findings and KPIs below stand on their own.");
        assertThat(doc.select("#aspects-table, #aspect-chart")).isEmpty();
        assertThat(doc.select("#next-steps p.empty").text()).isEqualTo(
                "No next steps in this report: they come from the Level 1 assessment, which has not ranked any.");
        assertThat(doc.select("#criteria p.empty").text()).isEqualTo(
                "No criterion verdicts in this report: the Level 1 assessment has not judged any criterion.");
        assertThat(doc.select("#kpis p.empty").text()).isEqualTo("No KPIs in this report.");
        assertThat(rows(doc, "#severity-table").getLast()).containsExactly("Total", "3", "1");
    }

    @Test
    void aCleanScanHasNoFindingsTableNorFilters() {
        ScanReport s = Reports.small();
        ScanReport clean = new ScanReport(s.schemaVersion(), s.tool(), s.target(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());

        Document doc = HtmlDom.parse(clean);

        assertThat(doc.select("#findings p.empty").text()).isEqualTo("No findings: every check that applied passed.");
        assertThat(doc.select("#findings-table, #finding-filters, #findings noscript")).isEmpty();
        assertThat(doc.select("#checks p.empty").text()).isEqualTo("No check ran.");
        assertThat(doc.select("#notes p.empty").text()).isEqualTo("No notes: nothing was skipped.");
        assertThat(doc.select("#summary h3 + p").last().text()).isEqualTo("No check ran.");
    }

    @Test
    void sameReportGivesTheSameBytesWhateverTheScanDuration() {
        ScanReport report = Reports.full();
        Target t = report.target();
        ScanReport slower = new ScanReport(report.schemaVersion(), report.tool(),
                new Target(t.path(), t.repository(), t.commit(), t.scannedAt(), t.durationMillis() + 9_000, t.inputs()),
                report.notes(), report.findings(), report.checks(), report.criteria(), report.aspects(),
                report.nextSteps(), report.levelTwoPreview(), report.kpis());

        String first = HtmlDom.html(report, RULES, List.of());

        assertThat(HtmlDom.html(report, RULES, List.of())).isEqualTo(first);
        assertThat(HtmlDom.html(slower, RULES, List.of())).isEqualTo(first);
    }
}
