package dev.cairn.server;

import static dev.cairn.server.ApiTest.assertError;
import static dev.cairn.server.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.store.ApiTokens;
import dev.cairn.store.Dialect;
import dev.cairn.store.ScanQuery;
import dev.cairn.store.TestDatabases;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** POST /api/scans on a real server and both databases: a token for every write, and bad uploads said plainly. */
class UploadTest {
    private static final String HASH = "ab".repeat(32);

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    static String token(RunningServer s, String name) {
        ApiTokens.Issued issued = ApiTokens.issue(name, RunningServer.NOW, new SecureRandom());
        assertThat(s.store.addToken(issued.stored())).isTrue();
        return issued.token();
    }

    static ScanReport report(String repository) {
        return TestReports.report(repository, "c0ffee12", RunningServer.NOW.minus(Duration.ofHours(1)),
                List.of(TestReports.finding("K8S-003", Severity.HIGH, "deploy/web.yaml", 21, "container may run as root")),
                List.of(), List.of(TestReports.aspect(Aspect.TECHNOLOGY, AspectState.IN_PROGRESS, 55)), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void anUploadWithATokenIsRecordedWholeAndShownEverywhere(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            String token = token(s, "ci-shop");
            String body = TestReports.json(report("shop"));

            HttpResponse<String> response = s.post("/api/scans", token, HttpRequest.BodyPublishers.ofString(body),
                    UploadController.CONFIG_HASH_HEADER, HASH);

            JsonNode created = json(response, 201);
            assertThat(created.get("id").asLong()).isEqualTo(1);
            assertThat(created.get("repository").asString()).isEqualTo("shop");
            assertThat(created.get("page").asString()).isEqualTo("/scans/1");
            assertThat(response.headers().firstValue("Location")).contains("/api/scans/1");
            assertThat(s.get("/api/scans/1").body()).isEqualTo(body);
            assertThat(s.store.scans(ScanQuery.all(10))).singleElement().satisfies(scan -> {
                assertThat(scan.configHash()).isEqualTo(HASH);
                assertThat(scan.findings().high()).isEqualTo(1);
                assertThat(scan.aspects().getFirst().score()).isEqualTo(55);
            });
            assertThat(s.get("/").body()).contains("/repository?name=shop");
            assertThat(s.logLines()).anySatisfy(line -> assertThat(line).contains("\"method\":\"POST\"",
                    "\"path\":\"/api/scans\"", "\"status\":201", "\"token\":\"ci-shop\"").doesNotContain(token));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void everyWriteNeedsATokenTheServerKnows(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect))) {
            String token = token(s, "ci");
            String body = TestReports.json(report("shop"));
            String other = ApiTokens.issue("elsewhere", RunningServer.NOW, new SecureRandom()).token();

            HttpResponse<String> none = s.upload(null, body);
            assertError(none, 401, "this needs a token: send 'Authorization: Bearer TOKEN' with a token from"
                    + " 'cairn token create --name NAME'");
            assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"cairn\"");
            assertError(s.upload(other, body), 401, "the token is not known to this server");
            assertError(s.upload(token.substring(0, token.length() - 2) + "xx", body), 401, "the token is not known to this server");
            assertError(s.post("/api/scans", null, HttpRequest.BodyPublishers.ofString(body), "Authorization", "Basic " + token),
                    401, "this needs a token: send 'Authorization: Bearer TOKEN' with a token from 'cairn token create --name NAME'");

            assertThat(s.store.scans(ScanQuery.all(10))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void badUploadsAreRefusedWithTheReasonAndNothingIsRecorded(Dialect dialect) throws Exception {
        try (RunningServer s = new RunningServer(databases.fresh(dialect), 4096)) {
            String token = token(s, "ci");
            String good = TestReports.json(report("shop"));

            assertError(s.upload(token, "findings:\n  - a\n"), 400, "not a cairn report: not valid JSON (Unrecognized token"
                    + " 'findings': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
                    + " at line 1)");
            assertError(s.upload(token, "{\"runs\": []}"), 400,
                    "not a cairn report: expected the JSON object that 'cairn scan --format json' writes");
            assertError(s.upload(token, good.replace("\"schemaVersion\" : \"1\"", "\"schemaVersion\" : \"2\"")), 400,
                    "unsupported cairn report schema version \"2\": this cairn reads version 1");
            assertError(s.upload(token, good.replace("\"K8S-003\"", "\"root\"")), 400,
                    "not a cairn report: findings[0].checkId: not a check id: 'root' (expected e.g. K8S-001)");
            assertError(s.upload(token, ""), 400, "the body is empty: send the report that 'cairn scan --format json' writes");
            assertError(s.post("/api/scans", token, HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', (byte) 0xff, '}'})),
                    400, "not a cairn report: the body is not UTF-8 text");
            assertError(s.post("/api/scans", token, HttpRequest.BodyPublishers.ofString(good),
                    UploadController.CONFIG_HASH_HEADER, "not-a-hash"), 400, "Cairn-Config-Hash is 64 lower-case hexadecimal digits (SHA-256)");
            String large = good.replace("\"findings\" : [", "\"padding\" : \"" + "x".repeat(5000) + "\", \"findings\" : [");
            assertError(s.upload(token, large), 413, "the report is larger than this server accepts (4096 bytes; cairn serve"
                    + " --max-upload raises it)");
            // without a declared length the body is counted as it arrives
            assertError(s.post("/api/scans", token, HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(large.getBytes(java.nio.charset.StandardCharsets.UTF_8)))), 413,
                    "the report is larger than this server accepts (4096 bytes; cairn serve --max-upload raises it)");

            assertThat(s.store.scans(ScanQuery.all(10))).isEmpty();
            assertThat(json(s.upload(token, good), 201).get("id").asLong()).isEqualTo(1);
        }
    }
}
