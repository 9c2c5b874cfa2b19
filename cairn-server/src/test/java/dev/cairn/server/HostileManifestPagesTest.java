package dev.cairn.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.model.ScanReport;
import dev.cairn.engine.ScanRequest;
import dev.cairn.engine.Scanner;
import dev.cairn.report.RuleCatalog;
import dev.cairn.report.html.Assets;
import dev.cairn.report.html.HtmlReporter;
import dev.cairn.store.Dialect;
import dev.cairn.store.TestDatabases;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A repository whose manifests carry markup in labels, annotations, environment variables and a ConfigMap key,
 * in a folder whose name is markup too, scanned by the real scanner and uploaded: every page of the dashboard and
 * the HTML report show it as text, and run no script but the report's own.
 */
class HostileManifestPagesTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String FOLDER = "shop\"><img src=y onerror=alert(2)>";
    private static final String DUPLICATE_ENV_MESSAGE = "container \"web\" of Deployment web sets environment variable"
            + " \"" + SCRIPT + "\" again; only the last value counts: keep one entry";
    private static final String MANIFEST = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels:
                app: web
                team: "<script>alert(1)</script>"
              annotations:
                description: "\\"><img src=x onerror=alert(1)>"
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: "nginx:1.27"
                      env:
                        - name: "<script>alert(1)</script>"
                          value: "a"
                        - name: "<script>alert(1)</script>"
                          value: "\\"><img src=x onerror=alert(1)>"
                        - name: API_TOKEN
                          value: "\\"><img src=x onerror=alert(1)>"
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              "<script>alert(1)</script>": "\\"><img src=x onerror=alert(1)>"
            """;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void markupFromAScannedManifestIsTextOnEveryPageAndInTheHtmlReport(Dialect dialect) throws Exception {
        ScanReport report = scan(hostileRepository());
        assertThat(report.findings()).filteredOn(f -> f.checkId().value().equals("K8S-032")).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).isEqualTo(DUPLICATE_ENV_MESSAGE);
                    assertThat(f.location().span().startLine()).isEqualTo(24);
                });
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            assertThat(s.upload(UploadTest.token(s, "ci"), TestReports.json(report)).statusCode()).isEqualTo(201);

            String portfolio = s.get("/").body();
            String repository = s.get("/repository?name=" + URLEncoder.encode(FOLDER, StandardCharsets.UTF_8)).body();
            String scan = s.get("/scans/1").body();

            for (String page : List.of(portfolio, repository, scan)) {
                assertOnlyTheReportsOwnScript(page);
            }
            assertThat(Jsoup.parse(portfolio).select("#portfolio th a").eachText()).containsExactly(FOLDER);
            assertThat(Jsoup.parse(repository).selectFirst("h1").text()).isEqualTo(FOLDER);
            assertThat(findingCells(repository)).contains(DUPLICATE_ENV_MESSAGE, "deploy/web.yaml:24:15");
            assertThat(Jsoup.parse(scan).selectFirst("h1").text()).isEqualTo("Scan 1: " + FOLDER);
            assertThat(findingCells(scan)).contains(DUPLICATE_ENV_MESSAGE, "deploy/web.yaml:24:15");
        }
        StringWriter html = new StringWriter();
        new HtmlReporter(RuleCatalog.empty()).write(report, html);
        assertOnlyTheReportsOwnScript(html.toString());
        assertThat(findingCells(html.toString())).contains(DUPLICATE_ENV_MESSAGE, "deploy/web.yaml:24:15");
        assertThat(Jsoup.parse(html.toString()).select("h1, .page-facts, header").text()).contains(FOLDER);
    }

    /** No element or attribute came from the scanned text: the only script is the report's findings filter. */
    private static void assertOnlyTheReportsOwnScript(String page) {
        assertThat(page).doesNotContain("<img", "<script>alert");
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("img, [onerror]")).isEmpty();
        assertThat(doc.select("script")).allSatisfy(script -> assertThat(script.data()).isEqualTo(Assets.SCRIPT));
    }

    private static List<String> findingCells(String page) {
        return Jsoup.parse(page).select("#findings-table tr[data-check] td").eachText();
    }

    private Path hostileRepository() throws Exception {
        Path root = Files.createDirectories(temp.resolve(FOLDER));
        Files.writeString(Files.createDirectories(root.resolve("deploy")).resolve("web.yaml"), MANIFEST, StandardCharsets.UTF_8);
        return root;
    }

    private static ScanReport scan(Path root) throws Exception {
        return new Scanner(BuiltInChecks.registry(), Clock.fixed(RunningServer.NOW, ZoneOffset.UTC),
                TestReports.TOOL, 1).scan(new ScanRequest(root, root.getFileName().toString(), CairnConfig.defaults(), Set.of()));
    }
}
