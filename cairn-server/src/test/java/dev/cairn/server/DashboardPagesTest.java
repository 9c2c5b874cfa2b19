package dev.cairn.server;

import static dev.cairn.server.TestReports.aspect;
import static dev.cairn.server.TestReports.criterion;
import static dev.cairn.server.TestReports.finding;
import static dev.cairn.server.TestReports.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.report.html.Assets;
import dev.cairn.store.Dialect;
import dev.cairn.store.TestDatabases;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dashboard's pages from a real server over both databases, read as a DOM: what a person sees, exactly. */
class DashboardPagesTest {
    static final String SHOP = "https://github.com/acme/shop.git";
    static final String HOSTILE = "evil\"<img src=x onerror=alert(1)>";

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    /** Two scans of the shop, a day apart, one of billing and one of a repository with a hostile name. */
    static void record(RunningServer s) {
        ScanReport first = TestReports.report(SHOP, "3f2c1ab0", RunningServer.NOW.minus(Duration.ofDays(2)),
                List.of(finding("DKR-001", Severity.LOW, "Dockerfile", 1, "base image not pinned"),
                        finding("K8S-003", Severity.HIGH, "deploy/web.yaml", 21, "container may run as root")),
                List.of(criterion("TEC-8", Aspect.TECHNOLOGY, Outcome.NOT_MET)),
                List.of(aspect(Aspect.PROCESS, AspectState.ATTAINED, 86), aspect(Aspect.TECHNOLOGY, AspectState.IN_PROGRESS, 60)),
                List.of(kpi("deployment-frequency", 1.0, "per-week", 2.0)));
        ScanReport second = TestReports.report(SHOP, "4a5b6c7d", RunningServer.NOW.minus(Duration.ofDays(1)),
                List.of(finding("K8S-003", Severity.HIGH, "deploy/web.yaml", 22, "container may run as root"),
                        finding("K8S-012", Severity.MEDIUM, "deploy/web.yaml", 30, "no memory limit")),
                List.of(criterion("TEC-8", Aspect.TECHNOLOGY, Outcome.PARTIAL), criterion("PRC-1", Aspect.PROCESS, Outcome.MET)),
                List.of(aspect(Aspect.PROCESS, AspectState.ATTAINED, 80), aspect(Aspect.TECHNOLOGY, AspectState.IN_PROGRESS, 67)),
                List.of(kpi("deployment-frequency", 1.4, "per-week", 2.0)));
        ScanReport billing = TestReports.report("billing", null, RunningServer.NOW.minus(Duration.ofHours(5)),
                List.of(), List.of(), List.of(aspect(Aspect.POLICY, AspectState.NOT_STARTED, 18)), List.of());
        ScanReport hostile = TestReports.report(HOSTILE, null, RunningServer.NOW.minus(Duration.ofHours(3)),
                List.of(finding("K8S-001", Severity.CRITICAL, "deploy/<b>x</b>.yaml", 3, "</td><script>alert(1)</script>")),
                List.of(), List.of(), List.of());
        for (ScanReport r : List.of(first, second, billing, hostile)) {
            s.store.save(r, "", TestReports.json(r));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void thePortfolioShowsEachRepositorysAspectsWithTheChangeSinceTheScanBefore(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            record(s);

            HttpResponse<String> response = s.get("/");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
            Document doc = Jsoup.parse(response.body());
            assertThat(doc.select("#portfolio tbody tr")).extracting(tr -> tr.selectFirst("th").text())
                    .containsExactly("billing", HOSTILE, SHOP);
            Element shop = doc.selectFirst("#portfolio tbody tr:nth-child(3)");
            assertThat(shop.selectFirst("th a").attr("href")).isEqualTo("/repository?name=https%3A%2F%2Fgithub.com%2Facme%2Fshop.git");
            assertThat(shop.selectFirst("td a").attr("href")).isEqualTo("/scans/2");
            assertThat(shop.selectFirst("td time").text()).isEqualTo("2026-11-19");
            assertThat(shop.selectFirst("td time").attr("title")).isEqualTo("2026-11-19 12:00 UTC");
            Element technology = shop.selectFirst("td[data-aspect=technology]");
            assertThat(technology.select(".badge").text()).isEqualTo("in progress");
            assertThat(technology.select(".score").text()).isEqualTo("67");
            assertThat(technology.select(".delta").text()).isEqualTo("+7");
            assertThat(technology.selectFirst(".delta").attr("title")).isEqualTo("was 60 in the scan before");
            assertThat(shop.select("td[data-aspect=process] .delta").text()).isEqualTo("\u22126");
            assertThat(shop.select("td[data-aspect=people]").text()).isEqualTo("not judged");
            assertThat(shop.select("td.num .score").text()).isEqualTo("2");
            assertThat(shop.select("td.num .detail").text()).isEqualTo("0 critical, 1 high");
            assertThat(shop.selectFirst("svg.sparkline title").text()).isEqualTo("counted findings: 2, from 2 over 2 scans");
            Element billing = doc.selectFirst("#portfolio tbody tr:nth-child(1)");
            assertThat(billing.select("td[data-aspect=policy] .badge").text()).isEqualTo("not started");
            assertThat(billing.select("td[data-aspect=policy] .delta")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void theRepositoryPageShowsTrendsScansAndTheLatestFindingsAndCriteria(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            record(s);

            Document doc = Jsoup.parse(s.get("/repository?name=" + java.net.URLEncoder.encode(SHOP, "UTF-8")).body());

            assertThat(doc.selectFirst("h1").text()).isEqualTo(SHOP);
            assertThat(doc.select("nav.crumbs li").eachText()).containsExactly("Portfolio", SHOP);
            assertThat(doc.select("#aspects svg.chart > title").eachText()).containsExactly(
                    "Level 1 score per aspect", "Process score (of 100) over 2 scans", "Technology score (of 100) over 2 scans");
            assertThat(doc.select("#aspect-trend-1 circle title").eachText())
                    .containsExactly("2026-11-18: 60 of 100", "2026-11-19: 67 of 100");
            assertThat(doc.select("#kpi-trends svg title").eachText()).containsExactly(
                    "deployment-frequency (per-week) over 2 scans", "2026-11-18: 1 per-week", "2026-11-19: 1.4 per-week");
            assertThat(doc.select("#kpi-trends svg text").eachText()).contains("target 2");
            assertThat(doc.select("#scan-table tbody tr th").eachText()).containsExactly("scan 2", "scan 1");
            assertThat(doc.selectFirst("#scan-table tbody tr td a").attr("href")).isEqualTo("/api/diff?from=1&to=2");
            assertThat(doc.select("#findings-table tr[data-check]").eachAttr("data-check")).containsExactly("K8S-003", "K8S-012");
            assertThat(doc.select("#criteria-table tbody th[scope=row]").eachText()).containsExactly("PRC-1", "TEC-8");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void theScanPageIsTheScansReportWithItsKpiTrendFromTheStore(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            record(s);

            Document first = Jsoup.parse(s.get("/scans/1").body());
            Document second = Jsoup.parse(s.get("/scans/2").body());

            assertThat(first.selectFirst("h1").text()).isEqualTo("Scan 1: " + SHOP);
            assertThat(first.select("nav.crumbs a").eachAttr("href"))
                    .containsExactly("/", "/repository?name=https%3A%2F%2Fgithub.com%2Facme%2Fshop.git");
            assertThat(first.select("#findings-table tr[data-check]").eachAttr("data-check")).containsExactly("K8S-003", "DKR-001");
            assertThat(first.select("#aspects-table tbody tr").eachText()).containsExactly(
                    "Process attained 86/100 75%", "Technology in progress 60/100 75%");
            assertThat(first.select("#kpis .trends")).isEmpty();
            assertThat(second.select("#kpis .trends svg > title").eachText())
                    .containsExactly("deployment-frequency (per-week) over 2 scans");
            assertThat(second.selectFirst(".page-facts a").attr("href")).isEqualTo("/api/scans/2");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void scannedTextIsShownAsTextOnEveryPage(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            record(s);
            String repository = "/repository?name=" + java.net.URLEncoder.encode(HOSTILE, "UTF-8");

            Document portfolio = Jsoup.parse(s.get("/").body());
            Document page = Jsoup.parse(s.get(repository).body());
            Document scan = Jsoup.parse(s.get("/scans/4").body());

            for (Document doc : List.of(portfolio, page, scan)) {
                assertThat(doc.select("img, [onerror], b")).isEmpty();
                assertThat(doc.select("script")).allSatisfy(script -> assertThat(script.data()).isEqualTo(Assets.SCRIPT));
            }
            assertThat(portfolio.select("#portfolio th a").eachText()).contains(HOSTILE);
            assertThat(page.selectFirst("h1").text()).isEqualTo(HOSTILE);
            assertThat(page.select("#findings-table tr[data-check] td").eachText())
                    .contains("</td><script>alert(1)</script>", "deploy/<b>x</b>.yaml:3:7");
            assertThat(scan.selectFirst("h1").text()).isEqualTo("Scan 4: " + HOSTILE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void everyPageLoadsNothingAndItsPolicyAllowsExactlyItsOwnStylesAndScript(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            record(s);
            for (String path : List.of("/", "/repository?name=billing", "/scans/2", "/scans/999")) {
                HttpResponse<String> response = s.get(path);
                String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
                assertThat(policy).as(path).startsWith("default-src 'none';").contains("base-uri 'none'", "form-action 'none'",
                        "frame-ancestors 'none'");
                assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
                Document doc = Jsoup.parse(response.body());
                for (Element inline : doc.select("style, script")) {
                    assertThat(policy).as(path).contains("'" + Assets.sha256(inline.data()) + "'");
                }
                assertThat(doc.select("[src], link, iframe, object, embed, img, base")).as(path).isEmpty();
                assertThat(doc.select("a[href]").eachAttr("href")).as(path)
                        .allSatisfy(href -> assertThat(href).matches("(#|/(?!/)|https://cairn\\.dev/).*"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void pagesThatDoNotExistSaySoInAPage(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            record(s);

            assertPage(s.get("/scans/999"), 404, "No scan 999 in this store.");
            assertPage(s.get("/scans/abc"), 400, "scan id is a positive number, not abc");
            assertPage(s.get("/repository?name=nowhere"), 404, "No scans of nowhere in this store.");
            assertPage(s.get("/repository"), 400, "give the repository: /repository?name=NAME");
            assertPage(s.get("/nothing-here"), 404, "nothing at /nothing-here");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void anEmptyStoreSaysHowToFillIt(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            Document doc = Jsoup.parse(s.get("/").body());
            assertThat(doc.selectFirst("main .empty").text()).contains("cairn scan --history=DB", "cairn scan --upload URL");
        }
    }

    private static void assertPage(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
        assertThat(Jsoup.parse(response.body()).selectFirst("main .empty").text()).isEqualTo(message);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }
}
