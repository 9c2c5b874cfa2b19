package dev.cairn.cli;

import static dev.cairn.cli.Cli.copyExample;
import static dev.cairn.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.cairn.ingest.git.GitInfo;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cairn scan}: exit codes 0 to 3, the messages that say what to type instead, and the outputs. */
class ScanCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USAGE_HINT = "Usage: cairn scan --help";

    @TempDir
    Path tmp;

    private static Schema schema() throws IOException {
        try (InputStream in = ScanCommandTest.class.getResourceAsStream("/schema/report-v1.json")) {
            assertThat(in).as("schema/report-v1.json on the classpath (from cairn-report)").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    // --- exit 0 and 1 ---------------------------------------------------------------------------------

    @Test
    void shopPassesTheDefaultAndExplicitHighGate() throws IOException {
        Path shop = copyExample("shop", tmp);

        Cli.Run byDefault = run("scan", shop.toString());
        Cli.Run high = run("scan", shop.toString(), "--fail-on", "high");

        assertThat(byDefault.exit()).as(byDefault.toString()).isZero();
        assertThat(high.exit()).as(high.toString()).isZero();
        assertThat(high.err()).isEmpty();
        // a plain terminal (no UTF-8) separates the header parts with " - "
        assertThat(high.out()).startsWith("cairn " + Version.current() + " - " + shop + " - ");
    }

    @Test
    void timingsNameEachPhaseOnStderrAndLeaveTheReportAlone() throws IOException {
        Path shop = copyExample("shop", tmp);

        Cli.Run plain = run("scan", shop.toString(), "--render", "off");
        Cli.Run timed = run("scan", shop.toString(), "--render", "off", "--timings");

        assertThat(timed.exit()).as(timed.toString()).isZero();
        assertThat(timed.out().lines().skip(1).toList()).isEqualTo(plain.out().lines().skip(1).toList()); // the header holds the duration
        List<String> lines = timed.err().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("cairn: where the scan's time went (wall clock):");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.replaceAll("\\s+\\d+ ms$", "").strip()).containsExactly(
                "discovery", "rendering (kustomize, Helm)", "reading and per-object checks", "cross-object checks",
                "cluster and configuration checks, waivers, report order", "KPIs, git history, check results",
                "Level 1 assessment", "commit and report", "total");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("  .+ +\\d+ ms"));
    }

    @Test
    void carelessFailsTheDefaultGateAndPointsAtTheBrokenFile() throws IOException {
        Path careless = copyExample("careless", tmp);

        Cli.Run r = run("scan", careless.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("manifests/broken-configmap.yaml:18:11").contains("CAIRN-001")
                .contains("manifests/log-agent.yaml:22:13").contains("K8S-001");
    }

    @Test
    void failOnNoneNeverFailsAndFailOnCriticalIgnoresHighFindings() throws IOException {
        Path careless = copyExample("careless", tmp);

        assertThat(run("scan", careless.toString(), "--fail-on", "none").exit()).isZero();
        // careless has high findings but, among the foundation checks, nothing critical
        Cli.Run critical = run("scan", careless.toString(), "--fail-on", "critical", "--format", "json");
        JsonNode report = JSON.readTree(critical.out());
        boolean anyCritical = false;
        for (JsonNode f : report.get("findings")) {
            anyCritical |= f.get("severity").asString().equals("critical") && f.get("suppressed").isNull();
        }
        assertThat(critical.exit()).isEqualTo(anyCritical ? 1 : 0);
        assertThat(run("scan", careless.toString(), "--fail-on", "info").exit()).isEqualTo(1);
    }

    // --- exit 2: usage errors say what to type instead -----------------------------------------------

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        Cli.Run r = run("scan", ".", "--formt", "json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("cairn: Unknown options: '--formt', 'json'\nPossible solutions: --format\n");
    }

    @Test
    void badFailOnValue() throws IOException {
        Path shop = copyExample("shop", tmp);
        Cli.Run r = run("scan", shop.toString(), "--fail-on", "severe");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("cairn: --fail-on takes none, info, low, medium, high or critical, not 'severe'\n"
                + USAGE_HINT + "\n");
    }

    @Test
    void twoFormatsOnStdout() throws IOException {
        Path shop = copyExample("shop", tmp);
        Cli.Run r = run("scan", shop.toString(), "--format", "text", "--format", "json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("cairn: at most one --format may go to stdout; give the others a file,"
                + " e.g. --format json=cairn.json\n" + USAGE_HINT + "\n");
    }

    @Test
    void unknownFormatAndMissingFileName() throws IOException {
        Path shop = copyExample("shop", tmp);

        Cli.Run unknown = run("scan", shop.toString(), "--format", "xml");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).startsWith("cairn: unknown format 'xml': use one of text, json").endsWith("\n" + USAGE_HINT + "\n");

        Cli.Run noFile = run("scan", shop.toString(), "--format", "json=");
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).isEqualTo("cairn: missing file name after 'json=': e.g. --format json=cairn.json\n" + USAGE_HINT + "\n");
    }

    @Test
    void nonexistentPathOrAFileAsPath() throws IOException {
        Path missing = tmp.resolve("no-such-repo");
        Cli.Run r = run("scan", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("cairn: no such directory: " + missing
                + " (give the repository folder, e.g. cairn scan .)\n" + USAGE_HINT + "\n");

        Path file = Files.writeString(tmp.resolve("deployment.yaml"), "kind: Pod\n");
        Cli.Run f = run("scan", file.toString());
        assertThat(f.exit()).isEqualTo(2);
        assertThat(f.err()).isEqualTo("cairn: " + file + " is a file: give the repository folder that contains it\n"
                + USAGE_HINT + "\n");
    }

    @Test
    void invalidConfigurationIsReportedAsFileLineColumn() throws IOException {
        Path shop = copyExample("shop", tmp);
        Files.writeString(shop.resolve(".cairn.yaml"), "exclude: [ \"src/test/resources/**\" ]\nchecks:\n  disable: [ K8S-999 ]\n");

        Cli.Run r = run("scan", shop.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("cairn: .cairn.yaml:3:14: unknown check 'K8S-999' (cairn checks list shows every id and slug)\n");
    }

    @Test
    void invalidExplicitConfigurationIsNamedAsTyped() throws IOException {
        Path shop = copyExample("shop", tmp);
        Path config = Files.writeString(tmp.resolve("ci.yaml"), "# CI settings\nexlude: [ vendor/** ]\n");

        Cli.Run r = run("scan", shop.toString(), "--config", config.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("cairn: " + config + ":2:1: unknown top-level key 'exlude' (allowed: ");
    }

    @Test
    void baselineThatIsNotAReport() throws IOException {
        Path shop = copyExample("shop", tmp);
        Path notReport = Files.writeString(tmp.resolve("old.json"), "{\"hello\": 1}\n");

        Cli.Run r = run("scan", shop.toString(), "--baseline", notReport.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("cairn: cannot use " + notReport + " as a baseline: " + notReport + ": not a cairn report");

        Cli.Run missing = run("scan", shop.toString(), "--baseline", tmp.resolve("none.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("cairn: cannot use " + tmp.resolve("none.json") + " as a baseline: ");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run r = run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("cairn: missing command: try 'cairn scan .' or 'cairn --help'");
    }

    @Test
    void helpListsEveryCommandAndACommandNamedFirstBuildsOnlyItself() {
        Cli.Run help = run("--help");
        assertThat(help.exit()).isZero();
        for (String command : List.of("scan", "maturity", "assess", "checks", "kpi", "history", "diff", "serve", "token",
                "cluster", "help")) {
            assertThat(help.out()).containsPattern("(?m)^  " + command + " ");
        }
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        Environment env = new Environment(Cli.CLOCK, Terminal.plain());
        assertThat(CairnCommand.commandLine(env, nowhere, nowhere, "scan", ".").getSubcommands()).containsOnlyKeys("scan");
        assertThat(CairnCommand.commandLine(env, nowhere, nowhere, "help", "scan").getSubcommands()).hasSize(11);
        assertThat(CairnCommand.commandLine(env, nowhere, nowhere, "--no-such-option").getSubcommands()).hasSize(11);
    }

    // --- exit 3: cairn could not do its job ----------------------------------------------------------

    @Test
    void unwritableReportFileIsExit3() throws IOException {
        Path careless = copyExample("careless", tmp);

        Cli.Run proc = run("scan", careless.toString(), "--format", "json=/proc/x/y");
        assertThat(proc.exit()).as(proc.toString()).isEqualTo(3);
        assertThat(proc.err()).startsWith("cairn: cannot write /proc/x/y: ");

        Path dir = Files.createDirectories(tmp.resolve("out"));
        Cli.Run toDir = run("scan", careless.toString(), "--format", "json=" + dir);
        assertThat(toDir.exit()).as(toDir.toString()).isEqualTo(3);
        assertThat(toDir.err()).startsWith("cairn: cannot write " + dir + ": ");
        assertThat(toDir.out()).isEmpty();
    }

    // --- outputs ---------------------------------------------------------------------------------------

    @Test
    void jsonFileValidatesAgainstTheSchemaAndStdoutStaysEmpty() throws IOException {
        Path careless = copyExample("careless", tmp);
        Path file = tmp.resolve("reports/cairn.json");
        Files.createDirectories(file.getParent());

        Cli.Run r = run("scan", careless.toString(), "--format", "json=" + file);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(Files.readString(file));
        assertThat(schema().validate(report)).isEmpty();
        assertThat(report.get("target").get("path").asString()).isEqualTo(careless.toString());
        assertThat(report.get("target").get("scannedAt").asString()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(report.get("tool").get("version").asString()).isEqualTo(Version.current()).isNotEqualTo("unknown");
    }

    @Test
    void textOnStdoutAndJsonToAFileTogether() throws IOException {
        Path careless = copyExample("careless", tmp);
        Path file = tmp.resolve("cairn.json");

        Cli.Run r = run("scan", careless.toString(), "--format", "text", "--format", "json=" + file, "--fail-on", "none");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("cairn ").contains("manifests/broken-configmap.yaml:18:11");
        assertThat(JSON.readTree(Files.readString(file)).get("findings").size()).isPositive();
    }

    @Test
    void baselineOfAPreviousReportCountsNothingAndExits0() throws IOException {
        Path careless = copyExample("careless", tmp);
        Path previous = tmp.resolve("baseline.json");
        assertThat(run("scan", careless.toString(), "--format", "json=" + previous).exit()).isEqualTo(1);
        int before = JSON.readTree(Files.readString(previous)).get("findings").size();

        Cli.Run r = run("scan", careless.toString(), "--baseline", previous.toString(), "--format", "json", "--fail-on", "info");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("findings").size()).isEqualTo(before);
        int counted = 0;
        for (JsonNode f : report.get("findings")) {
            if (f.get("suppressed").isNull()) counted++;
            else assertThat(f.get("suppressed").get("kind").asString()).isEqualTo("baseline");
        }
        assertThat(counted).isZero();
        for (JsonNode c : report.get("checks")) {
            assertThat(c.get("findings").asInt()).as(c.toString()).isZero();
        }
    }

    @Test
    void relativePathIsShownAsTypedAndFindsTheSameRepositoryAsTheAbsolutePath() throws IOException {
        Path shop = Cli.examples().resolve("shop");
        String relative = Path.of("").toAbsolutePath().relativize(shop.toAbsolutePath()).toString();

        Cli.Run r = run("scan", relative, "--format", "json");

        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode target = JSON.readTree(r.out()).get("target");
        assertThat(target.get("path").asString()).isEqualTo(relative);
        String commit = GitInfo.of(shop.toAbsolutePath()).map(GitInfo::commit).orElse(null);
        assertThat(target.get("commit").isNull() ? null : target.get("commit").asString()).isEqualTo(commit);
    }

    // --- an unreadable root, scanned by an unprivileged user ------------------------------------------

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void unreadableRootIsExit3() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("locked"));
        Files.writeString(root.resolve("app.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("---------"));
        int exit;
        String err;
        if (!"root".equals(System.getProperty("user.name"))) {
            Cli.Run r = run("scan", root.toString());
            exit = r.exit();
            err = r.err();
        } else {
            Path runuser = Stream.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser").map(Path::of)
                    .filter(Files::isExecutable).findFirst().orElse(null);
            Assumptions.assumeTrue(runuser != null,
                    "running as root, where every folder is readable, and runuser is missing to run cairn as user nobody");
            String[] result = runAsNobody(runuser, "scan", root.toString());
            exit = Integer.parseInt(result[0]);
            err = result[1];
        }
        assertThat(exit).as(err).isEqualTo(3);
        assertThat(err).startsWith("cairn: cannot read " + root + ": ");
    }

    /** Runs {@link Main} as user nobody from a world-readable copy of the test classpath; {exit code, stderr}. */
    private String[] runAsNobody(Path runuser, String... args) throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path copies = Files.createDirectories(tmp.resolve("classpath"));
        List<String> classpath = new ArrayList<>();
        int n = 0;
        for (Path entry : testClasspath()) {
            if (Files.exists(entry)) {
                Path copy = copies.resolve((n++) + (Files.isDirectory(entry) ? "" : ".jar"));
                copyTree(entry, copy);
                classpath.add(copy.toString());
            }
        }
        List<String> command = new ArrayList<>(List.of(runuser.toString(), "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-cp", String.join(File.pathSeparator, classpath), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(4, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(tmp.resolve("err.txt"));
        Assumptions.assumeFalse(err.startsWith("runuser:"), "runuser cannot switch to user nobody here: " + err.strip());
        return new String[] {Integer.toString(p.exitValue()), err};
    }

    private static List<Path> testClasspath() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) entries.add(Path.of(e));
        }
        if (entries.size() == 1 && entries.get(0).getFileName().toString().startsWith("surefirebooter")) {
            try (JarFile jar = new JarFile(entries.get(0).toFile())) {
                entries.clear();
                for (String url : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
                    if (!url.isBlank()) entries.add(Path.of(URI.create(url)));
                }
            }
        }
        return entries;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                }
                Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(Files.isDirectory(to) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
