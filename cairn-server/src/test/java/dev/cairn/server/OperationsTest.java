package dev.cairn.server;

import static dev.cairn.server.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.store.Dialect;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Metrics, health, readiness and the request log of a real server. */
class OperationsTest {
    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void metricsGiveEachRepositorysLatestStandingAndTheRequestsAnswered(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            DashboardPagesTest.record(s);
            s.get("/scans/2");
            s.get("/scans/999");
            s.get("/api/repositories");

            HttpResponse<String> response = s.get("/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
            List<String> lines = response.body().lines().toList();
            String shop = "repository=\"https://github.com/acme/shop.git\"";
            assertThat(lines).contains(
                    "# TYPE cairn_aspect_score gauge",
                    "cairn_aspect_score{" + shop + ",aspect=\"process\"} 80",
                    "cairn_aspect_score{" + shop + ",aspect=\"technology\"} 67",
                    "cairn_aspect_score{repository=\"billing\",aspect=\"policy\"} 18",
                    "cairn_aspect_coverage{" + shop + ",aspect=\"technology\"} 0.75",
                    "cairn_aspect_state{" + shop + ",aspect=\"technology\",state=\"in-progress\"} 1",
                    "cairn_aspect_state{" + shop + ",aspect=\"technology\",state=\"attained\"} 0",
                    "cairn_findings{" + shop + ",severity=\"high\"} 1",
                    "cairn_findings{" + shop + ",severity=\"medium\"} 1",
                    "cairn_findings{repository=\"evil\\\"<img src=x onerror=alert(1)>\",severity=\"critical\"} 1",
                    "cairn_kpi_value{" + shop + ",kpi=\"deployment-frequency\",unit=\"per-week\"} 1.4",
                    "cairn_latest_scan_timestamp_seconds{" + shop + "} 1795089600",
                    "# TYPE cairn_http_requests_total counter",
                    "cairn_http_requests_total{method=\"GET\",route=\"/scans/{id}\",status=\"200\"} 1",
                    "cairn_http_requests_total{method=\"GET\",route=\"/scans/{id}\",status=\"404\"} 1",
                    "cairn_http_requests_total{method=\"GET\",route=\"/api/repositories\",status=\"200\"} 1");
            assertThat(lines).noneMatch(l -> l.startsWith("cairn_aspect_score{" + shop + ",aspect=\"people\""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void healthAndReadinessAnswerInJson(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            assertThat(json(s.get("/healthz"), 200).get("status").asString()).isEqualTo("up");
            assertThat(json(s.get("/readyz"), 200).get("status").asString()).isEqualTo("ready");
        }
    }

    @Test
    void aStoreThatCannotBeReachedIsNotReadyButTheProcessIsUp() throws Exception {
        HistoryDatabase database = databases.fresh(Dialect.SQLITE);
        Path folder = database.file().getParent();
        Path away = folder.resolveSibling(folder.getFileName() + "-away");
        // a pool's open connections would still reach the moved file
        try (RunningServer s = RunningServer.unpooled(database)) {
            Files.move(folder, away); // the database's folder is gone: SQLite cannot open the file

            HttpResponse<String> ready = s.get("/readyz");

            assertThat(json(ready, 503).get("error").asString()).startsWith("the history store cannot be reached: ");
            assertThat(json(s.get("/healthz"), 200).get("status").asString()).isEqualTo("up");
            assertThat(json(s.get("/api/repositories"), 503).get("error").asString()).startsWith("the history store failed: ");
            assertThat(Jsoup.parse(s.get("/").body()).selectFirst("main .empty").text()).startsWith("the history store failed: ");
        } finally {
            Files.move(away, folder);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void eachRequestIsOneJsonLineOnTheLog(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            s.get("/healthz");
            s.get("/api/scans/7?x=secret");

            List<String> lines = s.logLines();

            assertThat(lines).hasSize(2);
            JsonMapper mapper = JsonMapper.builder().build();
            JsonNode first = mapper.readTree(lines.get(0));
            JsonNode second = mapper.readTree(lines.get(1));
            assertThat(first.propertyNames()).containsExactly("time", "method", "path", "status", "duration_ms");
            assertThat(first.get("time").asString()).isEqualTo("2026-11-20T12:00:00Z");
            assertThat(first.get("method").asString()).isEqualTo("GET");
            assertThat(first.get("path").asString()).isEqualTo("/healthz");
            assertThat(first.get("status").asInt()).isEqualTo(200);
            assertThat(first.get("duration_ms").isNumber()).isTrue();
            assertThat(second.get("path").asString()).isEqualTo("/api/scans/7");
            assertThat(second.get("status").asInt()).isEqualTo(404);
        }
    }
}
