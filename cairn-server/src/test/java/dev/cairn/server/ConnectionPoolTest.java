package dev.cairn.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.store.Dialect;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryException;
import dev.cairn.store.ScanQuery;
import dev.cairn.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn serve}'s connections: opened as the command line opens a store, then kept and shared. */
class ConnectionPoolTest {
    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @Test
    void aSqliteFileIsCreatedInANewFolderAndMigratedAsTheCommandLineWouldDoIt(@TempDir Path dir) {
        Path file = dir.resolve("new").resolve("history.db");
        try (ConnectionPool pool = ConnectionPool.open(HistoryDatabase.sqlite(file), 2)) {
            var report = TestReports.report("shop", "a1", RunningServer.NOW, List.of(), List.of(), List.of(), List.of());
            long id = pool.store().save(report, "", TestReports.json(report));

            assertThat(pool.store().scans(ScanQuery.all(5))).extracting(s -> s.id()).containsExactly(id);
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsSaidInTheDriversWords() {
        assertThatThrownBy(() -> ConnectionPool.open(HistoryDatabase.postgresql(
                "jdbc:postgresql://127.0.0.1:1/cairn?user=cairn&connectTimeout=5"), 2))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining("Connection to 127.0.0.1:1 refused");
        assertThatThrownBy(() -> ConnectionPool.open(HistoryDatabase.sqlite(Path.of("history.db")), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a pool needs at least one connection, not 0");
    }

    @Test
    void manyRequestsAtOnceShareTheFewPostgresqlConnectionsOfThePoolAndClosingEndsThem() throws Exception {
        String base = TestDatabases.postgresUrl();
        String name = "cairn-pool-test-" + UUID.randomUUID();
        HistoryDatabase database = HistoryDatabase.postgresql(databases.fresh(Dialect.POSTGRESQL).jdbcUrl() + "&ApplicationName=" + name);
        try (ConnectionPool pool = ConnectionPool.open(database, 3);
             ExecutorService threads = Executors.newFixedThreadPool(20)) {
            List<Future<?>> reads = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                reads.add(threads.submit(() -> pool.store().latest()));
            }
            for (Future<?> read : reads) {
                read.get();
            }
            assertThat(backends(base, name)).isBetween(1, 3);
            pool.close();
            waitUntilNone(base, name);
        }
    }

    private static void waitUntilNone(String base, String name) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (backends(base, name) > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(backends(base, name)).isZero();
    }

    private static int backends(String base, String applicationName) throws SQLException {
        try (Connection c = DriverManager.getConnection(base);
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
            ps.setString(1, applicationName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
