package dev.cairn.testkit;

import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Finding;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.ingest.cluster.SnapshotException;
import dev.cairn.ingest.cluster.SnapshotReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fixtures of cluster-only checks are snapshots ({@code kind: List} files as {@code cairn cluster snapshot}
 * writes them), or folders holding {@code snapshot.yaml} beside a {@code .cairn.yaml}. A finding on an object
 * is expected at the fixture line of the node its pointer names; a finding about the whole cluster at the
 * {@code kind: List} line.
 */
final class ClusterFixtures {
    private static final String SNAPSHOT = "snapshot.yaml";

    private ClusterFixtures() {}

    static FixtureRunner.Outcome scan(CheckRunner runner, Path fixture, LocalDate today) {
        ClusterSnapshot snapshot = read(fixture);
        List<Finding> findings = new ArrayList<>(runner.onCluster(snapshot, today));
        findings.sort(Finding.ORDER);
        return new FixtureRunner.Outcome(runner.results(findings).get(0), findings);
    }

    /** Each finding as (check, fixture file, line, message), to compare with the {@code # expect:} lines. */
    static List<Expectation> lines(List<Finding> findings, Path fixture) {
        ClusterSnapshot snapshot = read(fixture);
        String name = Files.isDirectory(fixture) ? SNAPSHOT : fixture.getFileName().toString();
        List<Expectation> out = new ArrayList<>();
        for (Finding f : findings) {
            int line = f.object() == null ? listLine(fixture) : snapshot.objects().stream()
                    .filter(o -> o.ref().equals(f.object())).findFirst()
                    .flatMap(o -> node(o, f.location().pointer())).map(n -> n.span().startLine()).orElse(0);
            out.add(new Expectation(f.checkId().value(), name, line, f.message()));
        }
        return out;
    }

    private static ClusterSnapshot read(Path fixture) {
        try {
            return SnapshotReader.read(file(fixture));
        } catch (SnapshotException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The node a pointer relative to the object names. */
    private static Optional<YNode> node(K8sObject object, String pointer) {
        Optional<YNode> node = Optional.of(object.root());
        if (pointer == null || pointer.isEmpty()) {
            return node;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            node = node.flatMap(n -> n instanceof YMap m ? m.get(token)
                    : n.asSeq().filter(s -> token.matches("\\d+") && Integer.parseInt(token) < s.items().size())
                            .map(s -> s.items().get(Integer.parseInt(token))));
        }
        return node;
    }

    private static Path file(Path fixture) {
        return Files.isDirectory(fixture) ? fixture.resolve(SNAPSHOT) : fixture;
    }

    private static int listLine(Path fixture) {
        try {
            List<String> lines = Files.readAllLines(file(fixture), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("kind: List")) {
                    return i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
