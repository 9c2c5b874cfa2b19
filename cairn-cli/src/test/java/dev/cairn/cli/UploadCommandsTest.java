package dev.cairn.cli;

import static dev.cairn.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.report.RuleCatalog;
import dev.cairn.server.CairnServer;
import dev.cairn.server.ServerConfig;
import dev.cairn.store.Dialect;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryStore;
import dev.cairn.store.ScanQuery;
import dev.cairn.store.ScanSummary;
import dev.cairn.store.TestDatabases;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code cairn token create} and {@code cairn scan --upload} against a real server over a real store. */
class UploadCommandsTest {
    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    private static String db(HistoryDatabase database) {
        return database.file() != null ? database.file().toString() : database.jdbcUrl();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aCreatedTokenIsPrintedOnceAndItsNameCannotBeTakenTwice(Dialect dialect) {
        String db = db(databases.fresh(dialect));

        Cli.Run created = run("token", "create", "--name", "ci-shop", "--db", db);
        Cli.Run again = run("token", "create", "--name", "ci-shop", "--history", db);

        assertThat(created.exit()).as(created.toString()).isZero();
        assertThat(created.out()).matches("cairn_[0-9a-f]{12}_[A-Za-z0-9_-]{43}\\R");
        assertThat(created.err()).contains("token ci-shop created", "It is shown only now");
        assertThat(again.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("a token named ci-shop exists").contains("choose another name");
        assertThat(run("token", "create", "--name", "no spaces", "--db", db).exit()).isEqualTo(ExitCode.USAGE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aScanUploadedWithTheTokenIsRecordedByTheServer(Dialect dialect) throws Exception {
        HistoryDatabase database = databases.fresh(dialect);
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, run("token", "create", "--name", "ci", "--db", db(database)).out());
        HistoryStore store = HistoryStore.open(database);
        try (CairnServer server = start(store)) {
            String url = "http://127.0.0.1:" + server.port();

            // a copy outside any git repository: the repository is then named after its folder
            Path shop = Cli.copyExample("shop", dir);
            Cli.Run scan = run("scan", shop.toString(), "--fail-on", "none",
                    "--format", "json=" + dir.resolve("cairn.json"), "--upload", url + "/", "--upload-token-file", tokenFile.toString());

            assertThat(scan.exit()).as(scan.toString()).isZero();
            assertThat(scan.err()).contains("cairn: uploaded: " + url + "/scans/1");
            ScanSummary recorded = store.scans(ScanQuery.all(5)).getFirst();
            assertThat(recorded.repository()).isEqualTo("shop");
            assertThat(recorded.configHash()).matches("[0-9a-f]{64}");
            assertThat(store.reportJson(1)).contains(Files.readString(dir.resolve("cairn.json")));
        }
    }

    @Test
    void aTokenTheServerDoesNotKnowIsExitThreeWithTheServersReason() throws Exception {
        HistoryStore store = HistoryStore.open(databases.fresh(Dialect.SQLITE));
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, "cairn_0123456789ab_" + "A".repeat(43) + "\n");
        try (CairnServer server = start(store)) {
            String url = "http://127.0.0.1:" + server.port();

            Cli.Run scan = run("scan", Cli.examples().resolve("shop").toString(), "--fail-on", "none", "--upload", url,
                    "--upload-token-file", tokenFile.toString());

            assertThat(scan.exit()).isEqualTo(ExitCode.FAILURE);
            assertThat(scan.err()).contains("cairn: cannot upload to " + url + "/api/scans: the server answered 401:"
                    + " the token is not known to this server");
            assertThat(store.scans(ScanQuery.all(5))).isEmpty();
        }
    }

    @Test
    void uploadOptionsAreCheckedBeforeScanning() throws Exception {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, "cairn_0123456789ab_" + "A".repeat(43));
        String shop = Cli.examples().resolve("shop").toString();

        Cli.Run ftp = run("scan", shop, "--upload", "ftp://cairn.example.com", "--upload-token-file", tokenFile.toString());
        Cli.Run lonelyFile = run("scan", shop, "--upload-token-file", tokenFile.toString());
        Cli.Run missingFile = run("scan", shop, "--upload", "https://cairn.example.com", "--upload-token-file",
                dir.resolve("absent").toString());

        assertThat(ftp.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(ftp.err()).contains("--upload takes the server's http or https URL");
        assertThat(lonelyFile.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(lonelyFile.err()).contains("--upload-token-file goes with --upload URL");
        assertThat(missingFile.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missingFile.err()).contains("cannot read --upload-token-file");
    }

    private static CairnServer start(HistoryStore store) {
        return CairnServer.start(new ServerConfig(store, RuleCatalog.empty(), "127.0.0.1", 0,
                ServerConfig.DEFAULT_MAX_UPLOAD_BYTES, Cli.CLOCK, new PrintStream(OutputStream.nullOutputStream())));
    }
}
