package dev.cairn.engine;

import static dev.cairn.engine.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.ScanReport;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and broken input (PRODUCT.md, "Quality bars: Robust"): each file gives its own note or CAIRN-001
 * finding, nothing escapes the root, no exception escapes the scan, and the other files are still judged.
 */
class HostileInputTest {
    private static final String SECRET = "AKIA-OUTSIDE-SECRET-4f1c9e";
    private static final String PRIVILEGED_POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: ok
              namespace: app
            spec:
              containers:
                - name: main
                  image: ghcr.io/acme/app:1.0.0
                  securityContext:
                    privileged: true
            """;

    @TempDir
    Path tmp;

    private static String billionLaughs() {
        StringBuilder b = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n");
        b.append("  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            b.append("  ").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            b.append("]\n");
            previous = String.valueOf(c);
        }
        return b.toString();
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            else out.write((Integer) p);
        }
        return out.toByteArray();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyHostileFileGetsItsNoteOrFindingAndTheScanGoesOn() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        Path outside = write(tmp, "outside/credentials.yaml", "aws_secret_access_key: " + SECRET + "\n");
        write(root, "app/ok.yaml", PRIVILEGED_POD);
        write(root, "bomb.yaml", billionLaughs());
        write(root, "deep-flow.yaml", "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        write(root, "deep-block.yaml", "- ".repeat(10_000) + "x\n");
        StringBuilder deepMap = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            deepMap.append(" ".repeat(i)).append("k:\n");
        }
        write(root, "deep-map.yaml", deepMap + " ".repeat(1_500) + "v\n");
        Files.write(root.resolve("bad-utf8.yaml"), bytes("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf", 0xC3, 0x28, "\n"));
        Files.write(root.resolve("binary.yaml"), bytes("apiVersion: v1\n", 0x00, 0x01, 0xFF, 0xFE, "\n"));
        try (RandomAccessFile huge = new RandomAccessFile(root.resolve("huge.yaml").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024); // sparse: instant, and no disk used
        }
        Files.createDirectories(root.resolve("loop"));
        Files.createSymbolicLink(root.resolve("loop/up"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("self.yaml"), Path.of("self.yaml"));
        Files.createSymbolicLink(root.resolve("creds.yaml"), outside);
        Files.createSymbolicLink(root.resolve("outside-dir"), outside.getParent());
        write(root, "empty.yaml", "");
        write(root, "list.yaml", "# not an object\n- a\n- b\n");

        ScanReport report = Trees.scan(root);

        assertThat(report.notes()).extracting(n -> n.path().value(), Note::line, Note::kind).containsExactly(
                tuple("binary.yaml", null, NoteKind.SKIPPED_BINARY),
                tuple("creds.yaml", null, NoteKind.LINK_OUTSIDE_ROOT),
                tuple("empty.yaml", null, NoteKind.EMPTY_FILE),
                tuple("huge.yaml", null, NoteKind.SKIPPED_LARGE_FILE),
                tuple("list.yaml", 2, NoteKind.NOT_AN_OBJECT),
                tuple("loop/up", null, NoteKind.SYMLINK_LOOP),
                tuple("outside-dir", null, NoteKind.LINK_OUTSIDE_ROOT),
                tuple("self.yaml", null, NoteKind.SYMLINK_LOOP));
        assertThat(report.notes()).filteredOn(n -> n.kind() == NoteKind.SKIPPED_LARGE_FILE).extracting(Note::message)
                .containsExactly("file is 52428800 bytes, above the 5242880-byte cap; not read");

        List<Finding> parseErrors = report.findings().stream().filter(f -> f.checkId().value().equals("CAIRN-001")).toList();
        assertThat(parseErrors).extracting(Trees::where, Finding::message).containsExactly(
                tuple("bad-utf8.yaml:4:12 CAIRN-001", "bad-utf8.yaml cannot be parsed: invalid UTF-8 (byte 0xC3 at offset 52)"),
                tuple("bomb.yaml:11:10 CAIRN-001",
                        "bomb.yaml cannot be parsed (document 1): alias expansion exceeds 100000 nodes (a YAML bomb?)"),
                tuple("deep-block.yaml:1:2001 CAIRN-001", "deep-block.yaml cannot be parsed (document 1): nesting deeper than 1000 levels"),
                tuple("deep-flow.yaml:1:1001 CAIRN-001", "deep-flow.yaml cannot be parsed (document 1): nesting deeper than 1000 levels"),
                tuple("deep-map.yaml:1001:1001 CAIRN-001", "deep-map.yaml cannot be parsed (document 1): nesting deeper than 1000 levels"));

        // the healthy file is still judged
        assertThat(Trees.foundation(report)).filteredOn(f -> f.location().path().value().equals("app/ok.yaml"))
                .extracting(Trees::where).containsExactly("app/ok.yaml:8:7 K8S-007", "app/ok.yaml:8:7 K8S-008",
                        "app/ok.yaml:11:9 K8S-001", "app/ok.yaml:11:9 K8S-002", "app/ok.yaml:11:9 K8S-003");
        assertThat(report.checks()).noneMatch(c -> c.status() == CheckStatus.ERROR);
        assertThat(report.target().inputs().objects()).isEqualTo(1);

        // nothing from outside the root reaches the report
        String json = Trees.json(report);
        assertThat(json).doesNotContain(SECRET).doesNotContain("credentials.yaml").doesNotContain(tmp.resolve("outside").toString());
        assertThat(ScannerTest.schema().validate(JsonMapper.builder().build().readTree(json))).isEmpty();
    }

    @Test
    void emptyFileAndListDocumentAreNotesNotFindings() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        write(root, "empty.yaml", "");
        write(root, "blank.yml", "\n\n   \n");
        write(root, "list.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n- 1\n- 2\n");

        ScanReport report = Trees.scan(root);

        assertThat(report.notes()).extracting(n -> n.path().value(), Note::line, Note::kind, Note::message).containsExactly(
                tuple("blank.yml", null, NoteKind.EMPTY_FILE, "empty file"),
                tuple("empty.yaml", null, NoteKind.EMPTY_FILE, "empty file"),
                tuple("list.yaml", 6, NoteKind.NOT_AN_OBJECT, "document 2 is a list, not a Kubernetes object"));
        assertThat(Trees.foundation(report)).isEmpty();
        assertThat(report.target().inputs().objects()).isEqualTo(1);
    }

    private static final String LOCKED_SECRET = "password: do-not-read-me-91b2";

    /** A tree with an unreadable file and an unreadable folder beside a healthy manifest. */
    private Path unreadableTree() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        write(root, "ok.yaml", PRIVILEGED_POD);
        Path locked = write(root, "locked.yaml", LOCKED_SECRET + "\n");
        Path lockedDir = Files.createDirectories(root.resolve("locked-dir"));
        write(root, "locked-dir/inner.yaml", PRIVILEGED_POD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("---------"));
        return root;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void unreadableFileAndFolderAreNotedAndTheScanGoesOn() throws Exception {
        Path root = unreadableTree();
        JsonNode report;
        if (!"root".equals(System.getProperty("user.name"))) {
            report = JsonMapper.builder().build().readTree(Trees.json(Trees.scan(root)));
        } else {
            // root reads every file; scan in a child JVM as an unprivileged user instead
            Path runuser = Stream.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser").map(Path::of)
                    .filter(Files::isExecutable).findFirst().orElse(null);
            Assumptions.assumeTrue(runuser != null,
                    "running as root, where every file is readable, and runuser is missing to scan as user nobody");
            report = scanAsNobody(runuser, root);
        }

        List<String> notes = new ArrayList<>();
        report.get("notes").forEach(n -> notes.add(n.get("path").asString() + " " + n.get("kind").asString()));
        assertThat(notes).containsExactly("locked-dir unreadable", "locked.yaml unreadable");
        assertThat(report.get("notes").get(0).get("message").asString()).startsWith("cannot list directory: AccessDeniedException");
        assertThat(report.get("notes").get(1).get("message").asString()).startsWith("cannot read file: AccessDeniedException");
        List<String> findings = new ArrayList<>();
        report.get("findings").forEach(f -> findings.add(f.get("location").get("path").asString() + " " + f.get("checkId").asString()));
        assertThat(findings).contains("ok.yaml K8S-001").noneMatch(f -> f.startsWith("locked"));
        assertThat(report.toString()).doesNotContain("do-not-read-me");
    }

    /**
     * Runs {@link ScanProbe} as user nobody. The test classpath may sit in root's home, which nobody cannot
     * read, so it is copied into the (world-readable) temporary folder first.
     */
    private JsonNode scanAsNobody(Path runuser, Path root) throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> classpath = new ArrayList<>();
        Path copies = Files.createDirectories(tmp.resolve("classpath"));
        int n = 0;
        for (Path entry : testClasspath()) {
            if (!Files.exists(entry)) {
                continue;
            }
            Path copy = copies.resolve((n++) + (Files.isDirectory(entry) ? "" : ".jar"));
            copyTree(entry, copy);
            classpath.add(copy.toString());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(runuser.toString(), "-u", "nobody", "--", java, "-XX:-UsePerfData",
                "-cp", String.join(File.pathSeparator, classpath), ScanProbe.class.getName(), root.toString())
                .directory(tmp.toFile())
                .redirectError(tmp.resolve("probe.err").toFile())
                .start();
        byte[] out = probe.getInputStream().readAllBytes();
        assertThat(probe.waitFor(4, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(tmp.resolve("probe.err"));
        Assumptions.assumeFalse(probe.exitValue() == 1 && err.contains("runuser:"),
                "running as root, and runuser cannot switch to user nobody here: " + err.strip());
        assertThat(probe.exitValue()).as("probe exit code; stderr: " + err).isZero();
        return JsonMapper.builder().build().readTree(new String(out, StandardCharsets.UTF_8));
    }

    private static List<Path> testClasspath() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) entries.add(Path.of(e));
        }
        // surefire may start the JVM with a manifest-only jar whose Class-Path names the real entries
        if (entries.size() == 1 && entries.get(0).getFileName().toString().startsWith("surefirebooter")) {
            try (JarFile jar = new JarFile(entries.get(0).toFile())) {
                Manifest manifest = jar.getManifest();
                entries.clear();
                for (String url : manifest.getMainAttributes().getValue("Class-Path").split(" ")) {
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
