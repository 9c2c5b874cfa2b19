package dev.cairn.engine;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.ToolInfo;
import dev.cairn.ingest.config.ConfigLoader;
import dev.cairn.report.JsonReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds real trees for scans: copies of the project's examples and files written by the tests. */
public final class Trees {
    /** The scan clock of every test: 2026-11-23, noon UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    public static final ToolInfo TOOL = new ToolInfo("cairn", "0.0.0-test", "test");
    /** The foundation's checks; other checks may be added to the catalog without changing these tests. */
    static final Set<String> FOUNDATION = Set.of("CAIRN-001", "K8S-001", "K8S-002", "K8S-003", "K8S-004", "K8S-005",
            "K8S-006", "K8S-007", "K8S-008", "K8S-009");

    private Trees() {}

    /** The examples folder of the repository, found from this module's folder (Maven's basedir). */
    static Path examples() {
        return Path.of(System.getProperty("basedir", ".")).resolve("../examples").normalize();
    }

    /** Copies {@code examples/<name>} into {@code into/<name>}, so tests can change it and no outer git repository is seen. */
    static Path copyExample(String name, Path into) throws IOException {
        Path source = examples().resolve(name);
        Path target = into.resolve(name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    public static CheckRegistry builtIns() {
        return BuiltInChecks.registry();
    }

    /** The built-in checks plus some of a test's own. */
    static CheckRegistry builtInsAnd(Check... extra) {
        List<Check> all = new ArrayList<>(BuiltInChecks.registry().all());
        all.addAll(List.of(extra));
        return new CheckRegistry(all);
    }

    static CairnConfig config(Path root) {
        try {
            return new ConfigLoader(builtIns()).loadFromRoot(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScanReport scan(Path root) throws ScanFailedException {
        return scan(builtIns(), root, Set.of());
    }

    static ScanReport scan(CheckRegistry registry, Path root, Set<String> baseline) throws ScanFailedException {
        CairnConfig config;
        try {
            config = new ConfigLoader(registry).loadFromRoot(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scanner(registry, CLOCK, TOOL, 4).scan(new ScanRequest(root, root.getFileName().toString(), config, baseline));
    }

    static String json(ScanReport report) {
        StringWriter out = new StringWriter();
        try {
            new JsonReporter().write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<Finding> foundation(ScanReport report) {
        return report.findings().stream().filter(f -> FOUNDATION.contains(f.checkId().value())).toList();
    }

    /** Findings per check id, foundation checks only. */
    static Map<String, Long> countsById(List<Finding> findings) {
        return findings.stream().filter(f -> FOUNDATION.contains(f.checkId().value()))
                .collect(Collectors.groupingBy(f -> f.checkId().value(), TreeMap::new, Collectors.counting()));
    }

    /** {@code path:line:column CHECK-ID}, the way a user reads a finding. */
    static String where(Finding f) {
        return f.location().display() + " " + f.checkId().value();
    }
}
