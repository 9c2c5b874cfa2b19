package dev.cairn.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void aStoreOfTheFirstVersionIsMigratedWithItsScansKept(Dialect dialect) {
        HistoryDatabase database = databases.fresh(dialect);
        Flyway.configure().dataSource(database.dataSource()).locations(Migrations.LOCATION).table(Migrations.HISTORY_TABLE)
                .placeholders(dialect.placeholders()).target("1").load().migrate();
        long id = new JdbcHistoryStore(database.dataSource()).save(
                Reports.of("shop", "a1", Instant.parse("2026-11-01T08:00:00Z")).build(), "h", "{}");
        assertThat(Migrations.isCurrent(database.dataSource())).isFalse();

        HistoryStore store = HistoryStore.open(database);

        assertThat(store.scan(id)).isPresent();
        assertThat(store.addToken(new StoredToken("0123456789ab", "ci", "00".repeat(32), Instant.EPOCH))).isTrue();
    }
}
