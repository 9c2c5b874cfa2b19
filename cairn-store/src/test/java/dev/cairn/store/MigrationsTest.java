package dev.cairn.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Flyway is skipped when the newest migration has run, so "newest" must be the newest file. */
class MigrationsTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @Test
    void latestIsTheVersionOfTheNewestMigrationFile() throws IOException, URISyntaxException {
        Path folder = Path.of(Migrations.class.getResource("/dev/cairn/store/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            int newest = files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            assertThat(Migrations.LATEST).isEqualTo(String.valueOf(newest));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void anEmptyDatabaseIsNotCurrentAndAMigratedOneIs(Dialect dialect) {
        HistoryDatabase database = databases.fresh(dialect);

        assertThat(Migrations.isCurrent(database.dataSource())).isFalse();
        HistoryStore.open(database);
        assertThat(Migrations.isCurrent(database.dataSource())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aStoreOfTheFirstVersionIsMigratedWithItsScansKept(Dialect dialect) throws SQLException {
        HistoryDatabase database = databases.fresh(dialect);
        Flyway.configure().dataSource(database.dataSource()).locations(Migrations.LOCATION).table(Migrations.HISTORY_TABLE)
                .placeholders(dialect.placeholders()).target("1").load().migrate();
        long id;
        // rows as the first version's writer left them (today's writer needs the newer columns)
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO repository (name) VALUES ('shop')");
            st.executeUpdate("INSERT INTO scan (repository_id, scanned_at, root_path, tool_version, ruleset_version,"
                    + " schema_version, config_hash, duration_ms, critical_findings, high_findings, medium_findings,"
                    + " low_findings, info_findings, suppressed_findings) SELECT id, 1793520000000, '.', '0.1.0',"
                    + " '2026.11', '1', 'h', 420, 0, 1, 0, 0, 0, 0 FROM repository");
            try (ResultSet rs = st.executeQuery("SELECT id FROM scan")) {
                rs.next();
                id = rs.getLong(1);
            }
            st.executeUpdate("UPDATE repository SET latest_scan_id = " + id);
        }
        assertThat(Migrations.isCurrent(database.dataSource())).isFalse();

        HistoryStore store = HistoryStore.open(database);

        assertThat(store.scan(id)).hasValueSatisfying(scan -> assertThat(scan.summary().findings().high()).isEqualTo(1));
        assertThat(store.revision("shop")).hasValue(1);
        assertThat(store.addToken(new StoredToken("0123456789ab", "ci", "00".repeat(32), Instant.EPOCH))).isTrue();
    }
}
