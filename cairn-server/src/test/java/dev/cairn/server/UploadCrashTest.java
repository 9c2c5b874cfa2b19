package dev.cairn.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.store.ApiTokens;
import dev.cairn.store.Dialect;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryStore;
import dev.cairn.store.RepositoryState;
import dev.cairn.store.ScanQuery;
import dev.cairn.store.ScanSummary;
import dev.cairn.store.StoredScan;
import dev.cairn.store.TestDatabases;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The server process is killed ({@code kill -9}) while it saves an upload, inside the save's transaction: the store,
 * opened again, holds the scans recorded before exactly as they were and nothing of the killed one.
 */
class UploadCrashTest {
    /** Enough findings that the save's transaction lasts long past the moment the test sees it begin. */
    private static final int LARGE_REPORT_FINDINGS = 20_000;
    private static final List<String> SCAN_TABLES = List.of("finding", "criterion_result", "kpi_value", "scan_report");

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    @Timeout(120)
    void aServerKilledWhileItSavesAnUploadLeavesTheEarlierScansWholeAndNothingOfTheKilledOne(Dialect dialect)
            throws Exception {
        HistoryDatabase database = databases.fresh(dialect);
        String token = tokenIn(database);
        List<StoredScan> before;
        try (ServerProcess server = ServerProcess.start(database)) {
            assertThat(upload(server, token, report("shop", "c0ffee12", 2, 0)).statusCode()).isEqualTo(201);
            assertThat(upload(server, token, report("shop", "c0ffee13", 3, 1)).statusCode()).isEqualTo(201);
            before = storedScans(database);

            CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                    request(server, token, TestReports.json(report("payments", "dead0001", LARGE_REPORT_FINDINGS, 2))),
                    HttpResponse.BodyHandlers.ofString());
            awaitSaveTransaction(database, inFlight);
            server.kill();

            assertThat(inFlight).failsWithin(Duration.ofSeconds(10));
        }

        List<StoredScan> after = storedScans(database);
        assertThat(after).extracting(scan -> scan.summary().id()).containsExactly(2L, 1L);
        assertThat(after).usingRecursiveComparison().isEqualTo(before);
        assertThat(after.get(0).findings()).extracting(Finding::fingerprint)
                .containsExactly(fingerprint(0), fingerprint(1), fingerprint(2));
        assertThat(after.get(1).findings()).extracting(Finding::fingerprint).containsExactly(fingerprint(0), fingerprint(1));
        assertThat(after).extracting(scan -> scan.summary().findings().high()).containsExactly(3, 2);
        HistoryStore store = HistoryStore.open(database);
        assertThat(store.latest()).extracting(RepositoryState::repository).containsExactly("shop");
        assertThat(store.latest().getFirst().latest().id()).isEqualTo(2);
        assertThat(store.scans(ScanQuery.all(10))).extracting(ScanSummary::id).containsExactly(2L, 1L);
        assertThat(rowsOfScansOtherThan(database, 1, 2)).containsOnlyKeys(SCAN_TABLES).allSatisfy((table, rows) ->
                assertThat(rows).as(table).isZero());
        assertThat(count(database, "SELECT count(*) FROM repository")).isEqualTo(1);
        assertThat(count(database, "SELECT count(*) FROM finding")).isEqualTo(5);
        // the store takes the next scan as if nothing had happened
        try (ServerProcess server = ServerProcess.start(database)) {
            assertThat(upload(server, token, report("payments", "dead0001", 1, 2)).statusCode()).isEqualTo(201);
        }
        // (PostgreSQL's identity sequence is not transactional: the killed save used up id 3 there)
        assertThat(store.latest()).extracting(RepositoryState::repository).containsExactly("payments", "shop");
        assertThat(store.scans(ScanQuery.all(10))).extracting(scan -> scan.findings().high()).containsExactly(1, 3, 2);
    }

    /** One HIGH finding per index, fingerprinted by its index, so the findings of two scans can be told apart. */
    private static ScanReport report(String repository, String commit, int findings, int hoursAfter) {
        List<Finding> all = new ArrayList<>(IntStream.range(0, findings).mapToObj(i -> TestReports.finding(
                "K8S-003", Severity.HIGH, "deploy/web-" + i + ".yaml", 21, "container may run as root", fingerprint(i))).toList());
        return TestReports.report(repository, commit, RunningServer.NOW.plus(Duration.ofHours(hoursAfter)), all,
                List.of(TestReports.criterion("TEC-8", Aspect.TECHNOLOGY, Outcome.MET)),
                List.of(TestReports.aspect(Aspect.TECHNOLOGY, AspectState.IN_PROGRESS, 55)),
                List.of(TestReports.kpi("deployment-frequency", 2.5, "per-week", 5.0)));
    }

    private static String fingerprint(int i) {
        return String.format("%032x", i);
    }

    private static String tokenIn(HistoryDatabase database) {
        ApiTokens.Issued issued = ApiTokens.issue("ci", RunningServer.NOW, new SecureRandom());
        assertThat(HistoryStore.open(database).addToken(issued.stored())).isTrue();
        return issued.token();
    }

    private HttpRequest request(ServerProcess server, String token, String json) {
        return HttpRequest.newBuilder(server.uri("/api/scans")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpResponse<String> upload(ServerProcess server, String token, ScanReport report) throws Exception {
        return client.send(request(server, token, TestReports.json(report)), HttpResponse.BodyHandlers.ofString());
    }

    private static List<StoredScan> storedScans(HistoryDatabase database) {
        HistoryStore store = HistoryStore.open(database);
        return store.scans(ScanQuery.all(10)).stream().map(s -> store.scan(s.id()).orElseThrow()).toList();
    }

    /**
     * Returns once the server's save holds its transaction open: SQLite's write lock is taken (a writer's
     * {@code BEGIN IMMEDIATE} is refused at once), or PostgreSQL's backend has written to {@code repository}, the
     * save's first table.
     */
    private static void awaitSaveTransaction(HistoryDatabase database, CompletableFuture<?> upload) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            assertThat(upload).as("the upload ended before the test saw its transaction").isNotDone();
            if (database.dialect() == Dialect.SQLITE ? sqliteWriterActive(database) : postgresWriterActive(database)) {
                return;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the server did not begin saving the upload within 60 s");
    }

    private static boolean sqliteWriterActive(HistoryDatabase database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(0);
        SQLiteDataSource probe = new SQLiteDataSource(config);
        probe.setUrl(database.jdbcUrl());
        try (Connection c = probe.getConnection(); Statement s = c.createStatement()) {
            try {
                s.execute("BEGIN IMMEDIATE");
            } catch (SQLException busy) {
                return busy.getMessage().contains("SQLITE_BUSY");
            }
            s.execute("ROLLBACK");
            return false;
        }
    }

    private static boolean postgresWriterActive(HistoryDatabase database) throws SQLException {
        return count(database, "SELECT count(*) FROM pg_locks WHERE relation = 'repository'::regclass"
                + " AND mode = 'RowExclusiveLock' AND granted AND pid <> pg_backend_pid()") > 0;
    }

    /** Rows in each table that belong to a scan other than those. */
    private static Map<String, Long> rowsOfScansOtherThan(HistoryDatabase database, long... ids)
            throws SQLException {
        String kept = Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(", "));
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : SCAN_TABLES) {
            rows.put(table, count(database, "SELECT count(*) FROM " + table + " WHERE scan_id NOT IN (" + kept + ")"));
        }
        return rows;
    }

    private static long count(HistoryDatabase database, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
