package dev.cairn.server;

import static dev.cairn.server.TestReports.aspect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.ScanReport;
import dev.cairn.store.Dialect;
import dev.cairn.store.HistoryStore;
import dev.cairn.store.TestDatabases;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The portfolio and repository pages are kept between requests (PageCache), yet show a scan from the request after it
 * was saved: by an upload, or by another process writing to the same database.
 */
class FreshPagesTest {
    private static final String SHOP = DashboardPagesTest.SHOP;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    private static ScanReport scan(String repository, String commit, Duration ago, int technology) {
        return TestReports.report(repository, commit, RunningServer.NOW.minus(ago), List.of(), List.of(),
                List.of(aspect(Aspect.TECHNOLOGY, AspectState.IN_PROGRESS, technology)), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aScanUploadedAfterThePortfolioWasShownIsOnTheNextPortfolio(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            DashboardPagesTest.record(s);
            assertThat(technology(s.get("/"), SHOP)).isEqualTo("67 +7");

            String token = UploadTest.token(s, "ci");
            assertThat(s.upload(token, TestReports.json(scan(SHOP, "5e6f7a8b", Duration.ofHours(1), 75))).statusCode()).isEqualTo(201);
            assertThat(s.upload(token, TestReports.json(scan("payments", "9c0d1e2f", Duration.ofHours(1), 40))).statusCode()).isEqualTo(201);

            HttpResponse<String> after = s.get("/");
            assertThat(Jsoup.parse(after.body()).select("#portfolio tbody th")).extracting(th -> th.text())
                    .containsExactly("billing", DashboardPagesTest.HOSTILE, SHOP, "payments");
            assertThat(technology(after, SHOP)).isEqualTo("75 +8");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aScanAnotherProcessSavedIsOnTheNextRepositoryPageAndPortfolio(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            DashboardPagesTest.record(s);
            assertThat(Jsoup.parse(s.get("/").body()).selectFirst("#portfolio tbody tr[data-repository=\"" + SHOP + "\"]"
                    + " svg.sparkline title").text()).isEqualTo("counted findings: 2, from 2 over 2 scans");
            String page = "/repository?name=" + URLEncoder.encode(SHOP, StandardCharsets.UTF_8);
            assertThat(commits(s.get(page))).containsExactly("4a5b6c7d", "3f2c1ab0");

            // as 'cairn scan --history=DB' does: its own store over the same database, nothing through the server
            ScanReport late = scan(SHOP, "0a1b2c3d", Duration.ofDays(3), 50);
            HistoryStore.open(s.database).save(late, "", TestReports.json(late));

            assertThat(commits(s.get(page))).containsExactly("4a5b6c7d", "3f2c1ab0", "0a1b2c3d");
            // older than the two latest scans, so on the portfolio only the shop's sparkline changes: now three scans
            Document portfolio = Jsoup.parse(s.get("/").body());
            assertThat(portfolio.selectFirst("#portfolio tbody tr[data-repository=\"" + SHOP + "\"] svg.sparkline title")
                    .text()).isEqualTo("counted findings: 2, from 0 over 3 scans");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void pagesGoGzippedToClientsThatTakeItAndAsTheyAreToOthers(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            DashboardPagesTest.record(s);
            for (String path : List.of("/", "/repository?name=billing")) {
                HttpResponse<byte[]> gzipped = s.getBytes(path, "Accept-Encoding", "gzip, deflate, br");
                HttpResponse<byte[]> plain = s.getBytes(path);

                assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
                assertThat(gzipped.headers().firstValue("Vary")).contains("Accept-Encoding");
                assertThat(gzipped.headers().firstValue("Content-Security-Policy")).contains(Page.CONTENT_SECURITY_POLICY);
                assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
                assertThat(new String(plain.body(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
                assertThat(Gzip.decompress(gzipped.body())).isEqualTo(plain.body());
            }
        }
    }

    private static String technology(HttpResponse<String> portfolio, String repository) {
        var cell = Jsoup.parse(portfolio.body()).selectFirst("#portfolio tbody tr[data-repository=\"" + repository + "\"]"
                + " td[data-aspect=technology]");
        return cell.selectFirst(".score").text() + " " + cell.selectFirst(".delta").text();
    }

    private static List<String> commits(HttpResponse<String> repositoryPage) {
        return Jsoup.parse(repositoryPage.body()).select("#scans tbody td code").eachText();
    }
}
