package dev.cairn.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Naming the database: what a user types for --history=DB and --db, and the errors that say what to type. */
class HistoryDatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void theDefaultIsAFileInTheUsersDataDirectory() {
        assertThat(HistoryDatabase.defaultFile(Map.of("XDG_DATA_HOME", "/data"), "/home/ana").file())
                .isEqualTo(Path.of("/data/cairn/history.db"));
        assertThat(HistoryDatabase.defaultFile(Map.of(), "/home/ana").file())
                .isEqualTo(Path.of("/home/ana/.local/share/cairn/history.db"));
        // the XDG spec says a relative value is invalid and to be ignored
        assertThat(HistoryDatabase.defaultFile(Map.of("XDG_DATA_HOME", "data"), "/home/ana").file())
                .isEqualTo(Path.of("/home/ana/.local/share/cairn/history.db"));
    }

    @Test
    void aPathOrASqliteUrlIsASqliteFileAndAPostgresqlUrlIsPostgresql() {
        HistoryDatabase path = HistoryDatabase.parse("/var/lib/cairn/h.db");
        HistoryDatabase url = HistoryDatabase.parse("jdbc:sqlite:/var/lib/cairn/h.db");
        HistoryDatabase pg = HistoryDatabase.parse("jdbc:postgresql://db:5432/cairn?user=ci");

        assertThat(path).isEqualTo(url);
        assertThat(path.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(path.jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/cairn/h.db");
        assertThat(pg.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(pg.file()).isNull();
        assertThat(HistoryDatabase.parse("h.db").file()).isEqualTo(Path.of("h.db").toAbsolutePath());
    }

    @Test
    void otherDatabasesAndInMemorySqliteAreRefusedWithWhatToGiveInstead() {
        assertThatThrownBy(() -> HistoryDatabase.parse("jdbc:mysql://db/cairn"))
                .hasMessage("cairn keeps history in PostgreSQL (jdbc:postgresql://host/db?user=...) or in a SQLite file"
                        + " (a path), not in jdbc:mysql:");
        assertThatThrownBy(() -> HistoryDatabase.parse("jdbc:sqlite::memory:"))
                .hasMessage("give the SQLite database as a file, e.g. jdbc:sqlite:/var/lib/cairn/history.db");
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        HistoryDatabase pg = HistoryDatabase.parse("jdbc:postgresql://db/cairn?user=ci&password=s3cret&ssl=true");

        assertThat(pg.display()).isEqualTo("jdbc:postgresql://db/cairn?user=ci&password=***&ssl=true");
        assertThat(pg.toString()).doesNotContain("s3cret");
    }

    @Test
    void anUnreachableServerIsAHistoryExceptionInTheDriversWords() {
        // port 1 on loopback: nothing listens there, the connection is refused at once
        HistoryDatabase nowhere = HistoryDatabase.parse("jdbc:postgresql://127.0.0.1:1/cairn?user=ci&connectTimeout=2");

        assertThatThrownBy(() -> HistoryStore.open(nowhere))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining("Connection to 127.0.0.1:1 refused");
    }

    @Test
    void aFileThatIsNotADatabaseIsAHistoryExceptionAndStaysUntouched() throws IOException {
        Path report = Files.writeString(tmp.resolve("cairn.json"), "{\"schemaVersion\": \"1\", \"findings\": []}\n".repeat(200));
        byte[] before = Files.readAllBytes(report);

        assertThatThrownBy(() -> HistoryStore.open(HistoryDatabase.sqlite(report)))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining("not a database");
        assertThat(Files.readAllBytes(report)).isEqualTo(before);
    }

    @Test
    void theFolderOfANewSqliteFileIsCreated() {
        Path file = tmp.resolve("deep/er/history.db");

        HistoryStore.open(HistoryDatabase.sqlite(file)).scans(ScanQuery.all(1));

        assertThat(file).isRegularFile();
    }
}
