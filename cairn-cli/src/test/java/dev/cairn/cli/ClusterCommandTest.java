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
 * where nothing listens, so that only {@code --context mock} reaches the mock. The mock refuses to list
 * NetworkPolicies.
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
    void liveScanReportsAtClusterAddressesAndJudgesControllersNotTheirPods() throws IOException {
        Path json = tmp.resolve("live.json");

        Cli.Run r = live("--format", "json=" + json);

        assertThat(r.exit()).as(r.toString()).isEqualTo(1); // K8S-045 and CLU-006 are high
        JsonNode report = JSON.readTree(json.toFile());
        List<String> findings = findings(report);
        assertThat(findings).filteredOn(f -> f.startsWith("CLU-") || f.startsWith("K8S-045")).containsExactly(
                "CLU-002 cluster://mock ",
                "CLU-004 cluster://mock ",
                "K8S-045 cluster://mock/ClusterRoleBinding/alice-admin /roleRef/name",
                "CLU-001 cluster://mock/Namespace/legacy /metadata/labels",
                "CLU-006 cluster://mock/legacy/Pod/debug /status/containerStatuses/0/state/waiting/reason",
                "CLU-006 cluster://mock/shop/Pod/web-5d4f-x7k2p /status/containerStatuses/0/state/waiting/reason");
        // the Deployment is judged as its manifest would be: no finding from what the API server filled in
        // (the serviceAccount copy, dnsPolicy, terminationMessagePath, the "yes" env value read back as a string);
        // its two replicas have no disruption budget, which is judged although NetworkPolicies could not be listed
        assertThat(findings).filteredOn(f -> f.contains(" cluster://mock/shop/Deployment/web ")).extracting(f -> f.substring(0, 7))
                .containsExactly("K8S-002", "K8S-003", "K8S-007", "K8S-011", "K8S-015", "K8S-020", "K8S-021", "K8S-024",
                        "K8S-027", "K8S-030", "K8S-059");
        // its ReplicaSet and Pod repeat it and are not judged by the manifest checks; Kubernetes' own binding neither
        assertThat(findings).noneMatch(f -> f.contains("/ReplicaSet/") || f.contains("ClusterRoleBinding/cluster-admin")
                || f.startsWith("K8S-") && f.contains("/Pod/web-5d4f-x7k2p"));
        assertThat(report.get("notes").toString()).isEqualTo("[{\"path\":\"cluster://mock\",\"line\":null,"
                + "\"kind\":\"cluster-not-read\",\"message\":\"could not list networkpolicies.networking.k8s.io: forbidden\"},"
                + "{\"path\":\"cluster://mock\",\"line\":null,\"kind\":\"cluster-not-read\",\"message\":\"cross-object"
                + " checks not run on the cluster, because NetworkPolicy could not be listed: K8S-054 network-policy-coverage,"
                + " K8S-055 namespace-network-policy, K8S-064 network-policy-selects-nothing, K8S-067 service-selects-nothing,"
                + " K8S-068 autoscaler-target-missing, K8S-069 backend-service-missing\"}]");
        assertThat(report.get("target").get("path").asString()).isEqualTo("cluster://mock");
    }

    @Test
    void aSnapshotScansOfflineWithTheSameFindingsAsTheLiveCluster() throws IOException {
        Path snapshot = tmp.resolve("mock.yaml");
        Path liveJson = tmp.resolve("live.json");
        Path offlineJson = tmp.resolve("offline.json");

        Cli.Run written = run("cluster", "snapshot", "--kubeconfig", cluster.kubeconfig(tmp).toString(), "--context", "mock",
                "-o", snapshot.toString());
        Cli.Run live = live("--format", "json=" + liveJson);
        Cli.Run offline = run("cluster", "--snapshot", snapshot.toString(), "--format", "json=" + offlineJson);

        assertThat(written.exit()).as(written.toString()).isZero();
        assertThat(written.err()).isEqualTo("cairn: wrote 16 objects of context mock to " + snapshot + "\n"
                + "cairn: could not list networkpolicies.networking.k8s.io: forbidden\n");
        assertThat(Files.readString(snapshot)).startsWith("""
                apiVersion: v1
                kind: List
                metadata:
                  annotations:
                    snapshot.cairn.dev/context: mock
                    snapshot.cairn.dev/server-version: v1.31.4
                    snapshot.cairn.dev/read-at: 2026-11-23T12:00:00Z
                    snapshot.cairn.dev/not-read: |
                      could not list networkpolicies.networking.k8s.io: forbidden
                    snapshot.cairn.dev/kinds-not-read: NetworkPolicy
                items:
                """).contains("value: 'yes'").doesNotContain("managedFields");
        assertThat(offline.exit()).isEqualTo(live.exit()).isEqualTo(1);
        JsonNode liveReport = JSON.readTree(liveJson.toFile());
        JsonNode offlineReport = JSON.readTree(offlineJson.toFile());
        assertThat(liveReport.get("findings")).hasSize(61);
        assertThat(offlineReport.get("findings")).isEqualTo(liveReport.get("findings"));
        assertThat(offlineReport.get("notes")).isEqualTo(liveReport.get("notes"));
        assertThat(offlineReport.get("checks")).isEqualTo(liveReport.get("checks"));
    }

    @Test
    void sarifJunitAndHtmlCarryTheClusterAddresses() throws IOException {
        Path sarif = tmp.resolve("cluster.sarif");
        Path junit = tmp.resolve("cluster.xml");
        Path html = tmp.resolve("cluster.html");

        Cli.Run r = live("--format", "sarif=" + sarif, "--format", "junit=" + junit, "--format", "html=" + html,
                "--fail-on", "none");

        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode result = JSON.readTree(sarif.toFile()).get("runs").get(0).get("results").findValues("artifactLocation")
                .stream().filter(a -> a.get("uri").asString().endsWith("/Pod/debug")).findFirst().orElseThrow();
        assertThat(result.get("uri").asString()).isEqualTo("cluster://mock/legacy/Pod/debug");
        assertThat(result.has("uriBaseId")).isFalse();
        assertThat(Files.readString(junit)).contains("cluster://mock/legacy/Pod/debug");
        assertThat(Files.readString(html)).contains("cluster://mock/legacy/Pod/debug");
    }

    @Test
    void theContextComesFromTheKubeconfigAsKubectlChoosesIt() throws IOException {
        Path kubeconfig = cluster.kubeconfig(tmp);

        Cli.Run current = run("cluster", "--kubeconfig", kubeconfig.toString());
        Cli.Run unknown = run("cluster", "--kubeconfig", kubeconfig.toString(), "--context", "nope");

        assertThat(current.exit()).as(current.toString()).isEqualTo(3);
        assertThat(current.err()).startsWith("cairn: cannot reach the API server of context elsewhere at http://127.0.0.1:9/: ");
        assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(3);
        assertThat(unknown.err()).isEqualTo("cairn: context \"nope\" is not in the kubeconfig " + kubeconfig + "\n");
    }

    @Test
    void oneNamespaceLeavesTheWholeClusterQuestionsOpen() throws IOException {
        Path json = tmp.resolve("legacy.json");

        Cli.Run r = live("-n", "legacy", "--format", "json=" + json, "--fail-on", "none");

        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode report = JSON.readTree(json.toFile());
        assertThat(findings(report)).filteredOn(f -> f.startsWith("CLU-")).containsExactly(
                "CLU-002 cluster://mock ",
                "CLU-001 cluster://mock/Namespace/legacy /metadata/labels",
                "CLU-006 cluster://mock/legacy/Pod/debug /status/containerStatuses/0/state/waiting/reason");
        assertThat(status(report, "CLU-003")).isEqualTo("not-applicable");
        assertThat(status(report, "CLU-005")).isEqualTo("not-applicable");
    }

    @Test
    void badInputIsAUsageError() throws IOException {
        Path notYaml = Files.writeString(tmp.resolve("broken.yaml"), "items: [unclosed\n");

        Cli.Run both = run("cluster", "--snapshot", notYaml.toString(), "--context", "mock");
        Cli.Run broken = run("cluster", "--snapshot", notYaml.toString());
        Cli.Run scan = run("scan", tmp.toString(), "--cluster-snapshot", tmp.resolve("missing.yaml").toString());

        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).startsWith("cairn: --snapshot reads a file: --kubeconfig, --context and --namespace choose"
                + " a live cluster instead\n");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).startsWith("cairn: --snapshot: broken.yaml:2:");
        assertThat(scan.exit()).isEqualTo(2);
        assertThat(scan.err()).startsWith("cairn: --cluster-snapshot: cannot read cluster snapshot ");
    }

    private Cli.Run live(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("cluster", "--kubeconfig", cluster.kubeconfig(tmp).toString(),
                "--context", "mock"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** {@code <check> <path> <pointer>} of each finding, in report order. */
    private static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            out.add(f.get("checkId").asString() + " " + f.get("location").get("path").asString() + " "
                    + f.get("location").get("pointer").asString());
        }
        return out;
    }

    private static String status(JsonNode report, String checkId) {
        for (JsonNode c : report.get("checks")) {
            if (c.get("checkId").asString().equals(checkId)) {
                return c.get("status").asString();
            }
        }
        throw new AssertionError("no check " + checkId);
    }
}
