package dev.cairn.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Kubernetes API for tests: fabric8's mock server in CRUD mode (no real API server can run on these
 * machines), filled through the client with the objects of {@code mock-cluster.yaml}, serving
 * {@code v1.31.4} as its version, answering 403 to lists of NetworkPolicies, as an API server does for
 * credentials without that permission, and 404 to HTTPRoutes, as a cluster without the Gateway API CRDs. Expectations win over CRUD in the mixed dispatcher.
 */
public final class MockCluster implements AutoCloseable {
    public static final String VERSION = "v1.31.4";
    /** The kinds the mock refuses to list, as a reader with too few permissions meets them. */
    public static final String FORBIDDEN_PATH = "/apis/networking.k8s.io/v1/networkpolicies";
    /** An API this cluster does not have: the Gateway API's routes without its CRDs. */
    public static final String NOT_SERVED_PATH = "/apis/gateway.networking.k8s.io/v1/httproutes";

    /** The mock server logs every request at INFO through java.util.logging; kept referenced so the level holds. */
    private static final Logger SERVER_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    private final KubernetesMockServer server;
    private final KubernetesClient client;

    private MockCluster(KubernetesMockServer server) {
        this.server = server;
        this.client = server.createClient();
    }

    public static MockCluster start() {
        SERVER_LOG.setLevel(Level.WARNING);
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false,
                new VersionInfo.Builder().withMajor("1").withMinor("31").withGitVersion(VERSION).build());
        server.init();
        server.expect().get().withPath(FORBIDDEN_PATH)
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("networkpolicies.networking.k8s.io is forbidden: User \"reader\" cannot list"
                                + " resource \"networkpolicies\" in API group \"networking.k8s.io\" at the cluster scope")
                        .build())
                .always();
        server.expect().get().withPath(NOT_SERVED_PATH)
                .andReturn(404, new StatusBuilder().withCode(404).withReason("NotFound")
                        .withMessage("the server could not find the requested resource").build())
                .always();
        MockCluster cluster = new MockCluster(server);
        cluster.load("mock-cluster.yaml");
        return cluster;
    }

    public KubernetesClient client() {
        return client;
    }

    /** Creates every object of a resource file beside this class through the client. */
    public void load(String resource) {
        try (InputStream in = MockCluster.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            // created as generic resources, as the reader lists them: the typed models are not on the class path
            for (HasMetadata object : client.load(in).items()) {
                ClusterKind kind = ClusterKinds.ALL.stream().filter(k -> k.kind().equals(object.getKind())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("not a kind the reader lists: " + object.getKind()));
                GenericKubernetesResource generic = client.getKubernetesSerialization()
                        .convertValue(object, GenericKubernetesResource.class);
                var resources = client.genericKubernetesResources(kind.context());
                (kind.namespaced() ? resources.inNamespace(object.getMetadata().getNamespace()) : resources)
                        .resource(generic).create();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A kubeconfig with two contexts: {@code mock} at this server and {@code elsewhere} at a port nothing
     * listens on; the current context is {@code elsewhere}, so only {@code --context mock} reads the mock.
     */
    public Path kubeconfig(Path dir) throws IOException {
        String url = server.url("/").replaceFirst("/$", "");
        String text = """
                apiVersion: v1
                kind: Config
                current-context: elsewhere
                clusters:
                  - name: mock
                    cluster: {server: "%s"}
                  - name: elsewhere
                    cluster: {server: "http://127.0.0.1:9"}
                users:
                  - name: reader
                    user: {token: not-a-secret}
                contexts:
                  - name: mock
                    context: {cluster: mock, user: reader}
                  - name: elsewhere
                    context: {cluster: elsewhere, user: reader}
                """.formatted(url);
        return Files.writeString(dir.resolve("kubeconfig"), text);
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
