package dev.cairn.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
}
