package dev.cairn.cli;

import static dev.cairn.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.ingest.history.TestRepo;
import dev.cairn.store.Dialect;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryStore;
import dev.cairn.store.StoredScan;
import dev.cairn.store.TestDatabases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scan --history}, {@code history} and {@code diff} on real scans of a real git repository, against the
 * SQLite file and a real PostgreSQL. Between the two commits the manifest gains three lines at the top (every
 * finding moves) and a second replica: K8S-029 single-replica is fixed, K8S-059 pod-disruption-budget is new,
 * and the 13 other findings are unchanged because their fingerprints ignore lines.
 */
class HistoryCommandsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REMOTE = "https://github.com/acme/web.git";
    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    private static final String V1 = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              replicas: 1
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: ghcr.io/acme/web:1.4.2
                      resources:
                        requests: {cpu: 100m, memory: 128Mi}
            """;
    private static final String V2 = "# web: the shop front end\n# owner: team-shop\n\n" + V1.replace("replicas: 1", "replicas: 2");

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @TempDir
    Path tmp;

    /** Two commits of the repository, each scanned with --history; returns the commits. */
    private List<String> twoScans(Path repo, String db) throws IOException, GitAPIException {
        List<String> commits = new ArrayList<>();
        try (TestRepo git = TestRepo.init(repo)) {
            setRemote(repo, "https://ci:s3cret@github.com/acme/web.git");
            for (String version : List.of(V1, V2)) {
                commits.add(git.commit("web", "Ana <ana@acme.io>", T, Map.of("deploy/web.yaml", version)));
                Cli.Run scan = run("scan", repo.toString(), "--history=" + db, "--fail-on", "none", "--no-cache");
                assertThat(scan.exit()).as(scan.toString()).isZero();
                assertThat(scan.err()).as(scan.toString()).matches("cairn: recorded as scan \\d+ in .*\\R");
            }
        }
        return commits;
    }

    private static void setRemote(Path repo, String url) throws IOException {
        try (Git git = Git.open(repo.toFile())) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", url);
            config.save();
        }
    }

    private static String url(HistoryDatabase database) {
        return database.file() != null ? database.file().toString() : database.jdbcUrl();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void historyListsTheRecordedScansNewestFirst(Dialect dialect) throws Exception {
        String db = url(databases.fresh(dialect));
        List<String> commits = twoScans(tmp.resolve("web"), db);

        Cli.Run text = run("history", "--db", db);
        Cli.Run json = run("history", "--db", db, "--format", "json", "--repo", REMOTE);

        assertThat(text.exit()).as(text.toString()).isZero();
        List<String> lines = text.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("scan  scanned at (UTC)  commit   critical  high  medium  low  info  suppressed"
                + "  cairn    repository");
        assertThat(lines.get(1)).matches(" +\\d+  2026-11-23 12:00  " + commits.get(1).substring(0, 7)
                + " +0 +1 +7 +4 +2 +0  \\S+ +" + REMOTE);
        assertThat(lines.get(2)).matches(" +\\d+  2026-11-23 12:00  " + commits.get(0).substring(0, 7)
                + " +0 +1 +6 +5 +2 +0  \\S+ +" + REMOTE);
        assertThat(text.out()).doesNotContain("s3cret");

        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode scans = JSON.readTree(json.out()).get("scans");
        assertThat(scans).hasSize(2);
        assertThat(scans.get(0).get("commit").asString()).isEqualTo(commits.get(1));
        assertThat(scans.get(0).get("repository").asString()).isEqualTo(REMOTE);
        assertThat(scans.get(0).get("scannedAt").asString()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(scans.get(0).get("findings").toString())
                .isEqualTo("{\"critical\":0,\"high\":1,\"medium\":7,\"low\":4,\"info\":2,\"suppressed\":0}");
        assertThat(scans.get(1).get("id").asLong()).isLessThan(scans.get(0).get("id").asLong());
        assertThat(scans.get(0).get("configHash").asString()).matches("[0-9a-f]{64}")
                .isEqualTo(scans.get(1).get("configHash").asString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void diffMatchesFindingsByFingerprintSoMovedFindingsAreUnchanged(Dialect dialect) throws Exception {
        String db = url(databases.fresh(dialect));
        twoScans(tmp.resolve("web"), db);
        JsonNode listed = JSON.readTree(run("history", "--db", db, "--format", "json").out()).get("scans");
        long older = listed.get(1).get("id").asLong();
        long newer = listed.get(0).get("id").asLong();

        Cli.Run text = run("diff", String.valueOf(older), String.valueOf(newer), "--db", db);
        Cli.Run json = run("diff", String.valueOf(older), String.valueOf(newer), "--db", db, "--format", "json");

        assertThat(text.exit()).as(text.toString()).isZero();
        assertThat(text.out()).contains("Findings  1 new - 1 fixed - 13 unchanged")
                .contains("New\n  MEDIUM   deploy/web.yaml:4:1  K8S-059 pod-disruption-budget\n")
                .contains("Fixed\n  LOW      deploy/web.yaml:7:3  K8S-029 single-replica\n")
                .doesNotContain("configuration changed");
        assertThat(json.exit()).as(json.toString()).isZero();
        JsonNode diff = JSON.readTree(json.out());
        assertThat(diff.get("added")).extracting(f -> f.get("checkId").asString()).containsExactly("K8S-059");
        assertThat(diff.get("fixed")).extracting(f -> f.get("checkId").asString()).containsExactly("K8S-029");
        assertThat(diff.get("unchanged")).extracting(f -> f.get("checkId").asString()).containsExactlyInAnyOrder(
                "K8S-054", "K8S-021", "K8S-048", "K8S-002", "K8S-003", "K8S-007", "K8S-011", "K8S-015", "K8S-020",
                "K8S-024", "K8S-030", "K8S-027", "K8S-008");
        JsonNode runAsNonRoot = diff.get("unchanged").valueStream()
                .filter(f -> f.get("checkId").asString().equals("K8S-003")).findFirst().orElseThrow();
        assertThat(runAsNonRoot.get("location").get("span").get("startLine").asInt())
                .as("unchanged findings where the later scan has them: three lines further down").isEqualTo(18);
        assertThat(diff.get("criteria")).isEmpty();
        assertThat(diff.get("from").get("id").asLong()).isEqualTo(older);
    }

    @Test
    void aChangedConfigurationIsShownInTheDiff() throws Exception {
        String db = tmp.resolve("h.db").toString();
        Path repo = tmp.resolve("web");
        try (TestRepo git = TestRepo.init(repo)) {
            git.commit("web", "Ana <ana@acme.io>", T, Map.of("deploy/web.yaml", V1));
        }
        assertThat(run("scan", repo.toString(), "--history=" + db, "--fail-on", "none").exit()).isZero();
        assertThat(run("scan", repo.toString(), "--history=" + db, "--fail-on", "none", "--kube-version", "1.29").exit()).isZero();

        Cli.Run diff = run("diff", "1", "2", "--db", db);

        assertThat(diff.out()).contains("(configuration changed)").contains("Findings  0 new - 0 fixed - 14 unchanged");
    }

    @Test
    void theStoredReportIsTheJsonReportOfTheSameScan() throws Exception {
        Path db = tmp.resolve("h.db");
        Path report = tmp.resolve("cairn.json");
        Path repo = tmp.resolve("web");
        try (TestRepo git = TestRepo.init(repo)) {
            git.commit("web", "Ana <ana@acme.io>", T, Map.of("deploy/web.yaml", V1));
        }

        Cli.Run scan = run("scan", repo.toString(), "--history=" + db, "--format", "json=" + report, "--fail-on", "none");

        assertThat(scan.exit()).as(scan.toString()).isZero();
        HistoryStore store = HistoryStore.open(HistoryDatabase.sqlite(db));
        assertThat(store.reportJson(1)).contains(Files.readString(report));
        // the typed rows are the report's: every criterion with its outcome, every aspect, every KPI, every finding
        JsonNode json = JSON.readTree(report.toFile());
        StoredScan stored = store.scan(1).orElseThrow();
        assertThat(json.get("criteria")).isNotEmpty();
        assertThat(stored.criteria()).extracting(c -> c.id() + " " + kebab(c.outcome()))
                .containsExactlyInAnyOrderElementsOf(json.get("criteria").valueStream()
                        .map(c -> c.get("id").asString() + " " + c.get("outcome").asString()).toList());
        assertThat(stored.summary().aspects()).extracting(a -> kebab(a.aspect()) + " " + kebab(a.state()) + " " + a.score())
                .containsExactlyElementsOf(json.get("aspects").valueStream().map(a -> a.get("aspect").asString() + " "
                        + a.get("state").asString() + " " + (a.get("score").isNull() ? "null" : a.get("score").asInt())).toList());
        assertThat(stored.kpis()).extracting(k -> k.id())
                .containsExactlyInAnyOrderElementsOf(json.get("kpis").valueStream().map(k -> k.get("id").asString()).toList());
        assertThat(stored.findings()).extracting(f -> f.fingerprint())
                .containsExactlyElementsOf(json.get("findings").valueStream().map(f -> f.get("fingerprint").asString()).toList());
    }

    private static String kebab(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Test
    void theHtmlReportChartsTheKpisOfEarlierScansFromTheHistory() throws Exception {
        Path db = tmp.resolve("h.db");
        Path repo = tmp.resolve("web");
        try (TestRepo git = TestRepo.init(repo)) {
            git.commit("web", "Ana <ana@acme.io>", T, Map.of("deploy/web.yaml", V1));
        }
        Path first = tmp.resolve("first.html");
        Path second = tmp.resolve("second.html");

        Cli.Run before = runAt(Instant.parse("2026-11-01T12:00:00Z"), "scan", repo.toString(), "--history=" + db,
                "--format", "html=" + first, "--fail-on", "none");
        Cli.Run after = runAt(Instant.parse("2026-11-08T12:00:00Z"), "scan", repo.toString(), "--history=" + db,
                "--format", "html=" + second, "--fail-on", "none");

        assertThat(before.exit()).as(before.toString()).isZero();
        assertThat(after.exit()).as(after.toString()).isZero();
        assertThat(Files.readString(first)).contains("No trends yet").doesNotContain("trend-figure");
        assertThat(Files.readString(second)).doesNotContain("No trends yet").contains("class=\"chart-figure trend-figure\"");
    }

    private static Cli.Run runAt(Instant now, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CairnCommand.commandLine(new Environment(Clock.fixed(now, ZoneOffset.UTC),
                Terminal.plain()), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Cli.Run(exit, out.toString(), err.toString());
    }

    @Test
    void aBareHistoryOptionTakesNoValueSoThePathStaysThePath() {
        ScanCommand bare = parseScan("scan", "--history", "deploy");
        ScanCommand named = parseScan("scan", "--history=h.db", "deploy");
        ScanCommand none = parseScan("scan", "deploy");

        assertThat(bare.history).isEmpty();
        assertThat(bare.path).isEqualTo(Path.of("deploy"));
        assertThat(named.history).isEqualTo("h.db");
        assertThat(named.path).isEqualTo(Path.of("deploy"));
        assertThat(none.history).isNull();
    }

    /** Parses without running: a bare --history would write to the user's own data directory. */
    private static ScanCommand parseScan(String... args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CommandLine cl = CairnCommand.commandLine(new Environment(Cli.CLOCK, Terminal.plain()), nowhere, nowhere);
        return (ScanCommand) cl.parseArgs(args).subcommand().commandSpec().userObject();
    }

    @Test
    void readingAHistoryThatDoesNotExistSaysSoAndCreatesNothing() {
        Path missing = tmp.resolve("nowhere/history.db");

        Cli.Run history = run("history", "--db", missing.toString());
        Cli.Run diff = run("diff", "1", "2", "--db", missing.toString());

        assertThat(history.exit()).isZero();
        assertThat(history.out()).isEqualTo("No history yet in " + missing + ": record scans with 'cairn scan --history'.\n");
        assertThat(diff.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(diff.err()).startsWith("cairn: no history in " + missing
                + ": record scans with 'cairn scan --history', or name the database with --db\n");
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void unknownScansRepositoriesAndFormatsAreUsageErrorsThatSayWhatToType() throws Exception {
        String db = tmp.resolve("h.db").toString();
        twoScans(tmp.resolve("web"), db);

        Cli.Run unknown = run("diff", "1", "99", "--db", db);
        Cli.Run notANumber = run("diff", "1", "latest", "--db", db);
        Cli.Run otherRepo = run("history", "--db", db, "--repo", "https://github.com/acme/nope.git");
        Cli.Run xml = run("history", "--db", db, "--format", "xml");
        Cli.Run mysql = run("scan", tmp.resolve("web").toString(), "--history=jdbc:mysql://db/cairn");

        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).startsWith("cairn: no scan 99 in " + db + ": 'cairn history' lists the scans\n");
        assertThat(notANumber.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(notANumber.err()).contains("'latest' is not a long");
        assertThat(otherRepo.exit()).isZero();
        assertThat(otherRepo.out()).isEqualTo("No scans of https://github.com/acme/nope.git in " + db
                + ". Repositories with scans: " + REMOTE + "\n");
        assertThat(xml.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(xml.err()).startsWith("cairn: --format takes text or json, not 'xml'\n");
        assertThat(mysql.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(mysql.err()).startsWith("cairn: --history: cairn keeps history in PostgreSQL");
    }

    @Test
    void anUnreachableDatabaseIsExit3AfterTheReportWasWritten() throws Exception {
        Path repo = tmp.resolve("web");
        try (TestRepo git = TestRepo.init(repo)) {
            git.commit("web", "Ana <ana@acme.io>", T, Map.of("deploy/web.yaml", V1));
        }
        Path report = tmp.resolve("cairn.json");

        Cli.Run scan = run("scan", repo.toString(), "--format", "json=" + report,
                "--history=jdbc:postgresql://127.0.0.1:1/cairn?user=ci&password=s3cret");

        assertThat(scan.exit()).isEqualTo(ExitCode.FAILURE);
        assertThat(scan.err()).startsWith("cairn: cannot record the scan in jdbc:postgresql://127.0.0.1:1/cairn?user=ci&password=***: ")
                .contains("Connection to 127.0.0.1:1 refused")
                .doesNotContain("s3cret");
        assertThat(report).isNotEmptyFile();
    }
}
