package dev.cairn.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reader against fabric8's mock API server (no real API server can run here). */
class ClusterReaderTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static MockCluster cluster;

    @BeforeAll
    static void start() {
        cluster = MockCluster.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void listsEveryKindInOrderWithServerBookkeepingRemoved() throws ClusterException {
        ClusterRead read = new ClusterReader(cluster.client()).read("mock", null, NOW);

        assertThat(read.context()).isEqualTo("mock");
        assertThat(read.serverVersion()).isEqualTo("v1.31.4");
        assertThat(read.readAt()).isEqualTo(NOW);
        assertThat(read.objects()).extracting(ClusterReaderTest::identity).containsExactly(
                "Namespace kube-system", "Namespace legacy", "Namespace shop",
                "Node node-1",
                "ClusterRoleBinding alice-admin", "ClusterRoleBinding cluster-admin",
                "ServiceAccount shop/web",
                "Deployment kube-system/metrics-server", "Deployment shop/web",
                "DaemonSet kube-system/fluent-bit",
                "ReplicaSet shop/web-5d4f",
                "Pod legacy/debug", "Pod shop/web-5d4f-x7k2p",
                "Service shop/web",
                "EndpointSlice shop/web-abcde",
                "Event shop/web-5d4f-x7k2p.17a");
        Map<String, Object> web = find(read, "Deployment shop/web");
        assertThat(map(web, "metadata")).doesNotContainKeys("managedFields", "resourceVersion", "uid",
                "creationTimestamp", "generation", "annotations");
        Map<String, Object> podSpec = map(map(map(web, "spec"), "template"), "spec");
        assertThat(podSpec).containsEntry("serviceAccountName", "web").doesNotContainKey("serviceAccount");
        assertThat(map(web, "status")).containsEntry("availableReplicas", 1);
        assertThat(map(find(read, "Pod shop/web-5d4f-x7k2p"), "status")).containsKey("containerStatuses");
    }

    @Test
    void aForbiddenKindIsANoteNotAnAbortAndAnApiTheClusterLacksIsNeither() throws ClusterException {
        ClusterRead read = new ClusterReader(cluster.client()).read("mock", null, NOW);

        assertThat(read.notRead()).containsExactly("could not list networkpolicies.networking.k8s.io: forbidden");
        assertThat(read.kindsNotRead()).containsExactly("NetworkPolicy");
    }

    @Test
    void oneNamespaceNarrowsNamespacedKindsOnly() throws ClusterException {
        ClusterRead read = new ClusterReader(cluster.client()).read("mock", "legacy", NOW);

        assertThat(read.objects()).extracting(ClusterReaderTest::identity).containsExactly(
                "Namespace kube-system", "Namespace legacy", "Namespace shop", "Node node-1",
                "ClusterRoleBinding alice-admin", "ClusterRoleBinding cluster-admin", "Pod legacy/debug");
    }

    private static Map<String, Object> find(ClusterRead read, String identity) {
        return read.objects().stream().filter(o -> identity(o).equals(identity)).findFirst().orElseThrow();
    }

    private static String identity(Map<String, Object> object) {
        Map<String, Object> metadata = map(object, "metadata");
        Object namespace = metadata.get("namespace");
        return object.get("kind") + " " + (namespace == null ? "" : namespace + "/") + metadata.get("name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
