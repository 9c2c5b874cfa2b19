package dev.cairn.cli;

import static dev.cairn.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cluster.MockCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cairn cluster} and {@code cairn cluster snapshot} against fabric8's mock API server (no real API
 * server can run on these machines), chosen through a generated kubeconfig whose current context points
 * where nothing listens, so that only {@code --context mock} reaches the mock.
 */
class ClusterCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static MockCluster cluster;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        cluster = MockCluster.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void liveScanDump() throws IOException {
        Path kubeconfig = cluster.kubeconfig(tmp);
        Path json = tmp.resolve("live.json");

        Cli.Run r = run("cluster", "--kubeconfig", kubeconfig.toString(), "--context", "mock", "--format", "json=" + json,
                "--fail-on", "none");

        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode report = JSON.readTree(json.toFile());
        findings(report).forEach(System.out::println);
        System.out.println(report.get("notes"));
    }

    static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            out.add(f.get("checkId").asString() + " " + f.get("location").get("path").asString() + " "
                    + f.get("location").get("pointer").asString() + " " + f.get("message").asString());
        }
        return out;
    }

    static String text(Path p) throws IOException {
        return Files.readString(p);
    }
}
