package dev.cairn.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh, empty history databases for one test: a SQLite file in a temporary folder, or a schema of its own in
 * the test PostgreSQL (so tests never see each other's scans). Everything is removed after the test.
 * Register with {@code @RegisterExtension}.
 */
public final class TestDatabases implements AfterEachCallback {
    private final List<String> schemas = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();

    /** An empty database of that kind; for PostgreSQL without a server the test is skipped with the reason. */
    public HistoryDatabase fresh(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> HistoryDatabase.sqlite(folder().resolve("history.db"));
            case POSTGRESQL -> HistoryDatabase.postgresql(freshSchema());
        };
    }

    /** The base URL of the test PostgreSQL, with no schema of the test's own; skips the test without a server. */
    public static String postgresUrl() {
        return PostgresServer.url();
    }

    private Path folder() {
        try {
            Path dir = Files.createTempDirectory("cairn-store-test");
            folders.add(dir);
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String freshSchema() {
        String base = PostgresServer.url();
        String schema = "cairn_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(base, "CREATE SCHEMA " + schema);
        schemas.add(schema);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        for (String schema : schemas) {
            execute(PostgresServer.url(), "DROP SCHEMA " + schema + " CASCADE");
        }
        schemas.clear();
        for (Path dir : folders) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        folders.clear();
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
