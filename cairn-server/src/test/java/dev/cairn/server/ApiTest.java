package dev.cairn.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.store.Dialect;
import dev.cairn.store.TestDatabases;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The read API of a real server on both databases: the store's answers as JSON, and JSON errors. */
class ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void repositoriesAndScansAreListedAsTheStoreHasThem(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            DashboardPagesTest.record(s);

            JsonNode repositories = json(s.get("/api/repositories"), 200).get("repositories");
            JsonNode scans = json(s.get("/api/scans?limit=1&repository="
                    + URLEncoder.encode(DashboardPagesTest.SHOP, StandardCharsets.UTF_8)), 200).get("scans");

            assertThat(field(repositories, "repository"))
                    .containsExactly("billing", DashboardPagesTest.HOSTILE, DashboardPagesTest.SHOP);
            JsonNode shop = repositories.get(2);
            assertThat(shop.at("/latest/id").asLong()).isEqualTo(2);
            assertThat(shop.at("/latest/commit").asString()).isEqualTo("4a5b6c7d");
            assertThat(shop.at("/latest/scannedAt").asString()).isEqualTo("2026-11-19T12:00:00Z");
            assertThat(shop.at("/latest/aspects/1/state").asString()).isEqualTo("in-progress");
            assertThat(shop.at("/latest/aspects/1/score").asInt()).isEqualTo(67);
            assertThat(shop.at("/latest/findings/high").asInt()).isEqualTo(1);
            assertThat(shop.at("/previous/1/score").asInt()).isEqualTo(60);
            assertThat(scans).hasSize(1);
            assertThat(scans.get(0).get("id").asLong()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aScanIsTheReportJsonItWasSavedWith(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            DashboardPagesTest.record(s);

            HttpResponse<String> response = s.get("/api/scans/2");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(s.store.reportJson(2).orElseThrow());
            assertThat(JSON.readTree(response.body()).at("/findings/1/checkId").asString()).isEqualTo("K8S-012");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void diffAndTrendsAnswerWhatTheStoreComputes(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            DashboardPagesTest.record(s);

            JsonNode diff = json(s.get("/api/diff?from=1&to=2"), 200);
            JsonNode trend = json(s.get("/api/trends?repository="
                    + URLEncoder.encode(DashboardPagesTest.SHOP, StandardCharsets.UTF_8) + "&since=2026-11-19"), 200);

            assertThat(field(diff.get("added"), "checkId")).containsExactly("K8S-012");
            assertThat(field(diff.get("fixed"), "checkId")).containsExactly("DKR-001");
            assertThat(field(diff.get("unchanged"), "checkId")).containsExactly("K8S-003");
            assertThat(field(trend.get("scans"), "commit")).containsExactly("4a5b6c7d");
            assertThat(trend.at("/kpis/0/value").asDouble()).isEqualTo(1.4);
            assertThat(json(s.get("/api/trends?repository=billing"), 200).get("scans")).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void badParametersAndUnknownScansAreJsonErrors(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            DashboardPagesTest.record(s);

            assertError(s.get("/api/scans/999"), 404, "no scan 999");
            assertError(s.get("/api/scans/-1"), 400, "scan id is a positive number, not -1");
            assertError(s.get("/api/diff?from=1&to=999"), 404, "no scan 999 in the history");
            assertError(s.get("/api/diff?from=1"), 400, "the query parameter to is required");
            assertError(s.get("/api/trends"), 400, "the query parameter repository is required");
            assertError(s.get("/api/trends?repository=x&since=yesterday"), 400, "since is a date such as 2026-01-31, not yesterday");
            assertError(s.get("/api/scans?limit=0"), 400, "limit is 1 to 1000, not 0");
            assertError(s.get("/api/scans?limit=ten"), 400, "limit is a number, not ten");
            assertError(s.get("/api/nothing"), 404, "nothing at /api/nothing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void theOpenApiDocumentDescribesEveryApiRoute(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            JsonNode doc = json(s.get("/api/openapi.json"), 200);

            assertThat(doc.get("openapi").asString()).startsWith("3.");
            assertThat(doc.get("paths").propertyNames()).containsExactlyInAnyOrder("/api/repositories", "/api/scans",
                    "/api/scans/{id}", "/api/diff", "/api/trends", "/api/openapi.json");
            assertThat(doc.at("/paths/~1api~1scans/post/security/0").has("bearer")).isTrue();
            assertThat(doc.at("/paths/~1api~1scans/post/responses").propertyNames()).contains("201", "400", "401", "413");
        }
    }

    /** The field of each element of an array, as text. */
    static List<String> field(JsonNode array, String name) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(name).asString()));
        return values;
    }

    static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json;charset=utf-8");
        return JSON.readTree(response.body());
    }

    static void assertError(HttpResponse<String> response, int status, String message) {
        JsonNode error = json(response, status);
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("error").asString()).isEqualTo(message);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }
}
