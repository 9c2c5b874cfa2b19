package dev.cairn.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * PRODUCT.md: "A crash or kill during a write to the history store loses no earlier scan and leaves no
 * half-written one." A child JVM saves large scans in a loop and is killed (SIGKILL) inside the transaction of
 * its third scan, after part of its findings reached the database; the store then holds every earlier scan
 * whole and nothing of the third.
 */
class CrashSafetyTest {
    private static final int FINDINGS = 20_000;
    /** 30 of the 40 batches of 500 findings: about 15,000 rows written, more than SQLite's page cache holds. */
    private static final int PAUSE_AFTER_BATCHES = 30;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aWriterKilledMidScanLosesNoEarlierScanAndLeavesNoHalfOfTheKilledOne(Dialect dialect) throws Exception {
        HistoryDatabase database = databases.fresh(dialect);
        HistoryStore store = HistoryStore.open(database);
        Instant earlierTime = Instant.parse("2026-09-01T06:00:00Z");
        long earlier = store.save(Reports.of("https://github.com/acme/big.git", "earlier", earlierTime)
                .findings(List.of(Reports.finding("K8S-001", Severity.HIGH, "a.yaml", 1, Reports.fingerprint("e")))).build(),
                "config-0", "{}");

        List<Long> savedByChild = runChildUntilPausedThenKill(database);

        HistoryStore reopened = HistoryStore.open(database);
        assertThat(savedByChild).hasSize(2);
        assertThat(reopened.scans(ScanQuery.all(10))).extracting(ScanSummary::id)
                .containsExactly(savedByChild.get(1), savedByChild.get(0), earlier);
        for (int n = 1; n <= 2; n++) {
            StoredScan scan = reopened.scan(savedByChild.get(n - 1)).orElseThrow();
            List<Finding> expected = SaveLoop.scan(n, FINDINGS).findings();
            assertThat(scan.findings()).as("scan %d whole", n).hasSize(FINDINGS).isEqualTo(expected);
            assertThat(scan.summary().configHash()).isEqualTo("config-" + n);
            assertThat(reopened.reportJson(scan.summary().id())).contains(SaveLoop.json(n));
        }
        assertThat(reopened.scan(earlier).orElseThrow().findings()).hasSize(1);
        assertThat(HistoryStoreTest.count(database, "scan")).isEqualTo(3);
        assertThat(HistoryStoreTest.count(database, "finding")).as("no finding of the killed scan").isEqualTo(2L * FINDINGS + 1);
        assertThat(HistoryStoreTest.count(database, "scan_report")).isEqualTo(3);
        assertThat(reopened.latest().getFirst().latest().id()).isEqualTo(savedByChild.get(1));
        if (dialect == Dialect.SQLITE) {
            assertThat(integrityCheck(database)).isEqualTo("ok");
        }
        long after = reopened.save(SaveLoop.scan(3, 10), "config-3", "{}");
        assertThat(reopened.scans(ScanQuery.all(1))).extracting(ScanSummary::id).containsExactly(after);
    }

    /** Runs {@link SaveLoop} until it pauses inside its third scan, kills it, and returns the ids it saved. */
    private List<Long> runChildUntilPausedThenKill(HistoryDatabase database) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                database.jdbcUrl(), String.valueOf(FINDINGS), "3", String.valueOf(PAUSE_AFTER_BATCHES))
                .redirectError(tmp.resolve("child.err").toFile())
                .start();
        List<Long> saved = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.startsWith("saved ")) {
                    saved.add(Long.parseLong(line.split(" ")[2]));
                }
                if (line.equals("paused 3")) {
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(1, TimeUnit.MINUTES);
        }
        assertThat(lines).as("child output; its stderr is in %s", tmp.resolve("child.err"))
                .containsExactly("saving 1", "saved 1 " + saved.get(0), "saving 2", "saved 2 " + saved.get(1),
                        "saving 3", "paused 3");
        return saved;
    }

    private static String integrityCheck(HistoryDatabase database) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
