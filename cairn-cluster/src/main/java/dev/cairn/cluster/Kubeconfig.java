package dev.cairn.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chooses credentials as kubectl does: {@code --kubeconfig}, else {@code KUBECONFIG}, else
 * {@code ~/.kube/config} (else the in-cluster service account), and the context {@code --context} names,
 * else the current one. Exec credential plugins (cloud logins) and token refresh come from fabric8.
 *
 * @param file    the kubeconfig file, or null to look where kubectl looks
 * @param context the context to use, or null for the current context
 */
public record Kubeconfig(Path file, String context) {
    private static final int RETRIES = 1;

    public static Kubeconfig defaults() {
        return new Kubeconfig(null, null);
    }

    /** A client for the chosen context, and the context's name for the report. */
    public Connection connect() throws ClusterException {
        Config config;
        try {
            if (file != null) {
                if (!Files.isRegularFile(file)) {
                    throw new ClusterException("kubeconfig " + file + " does not exist");
                }
                config = Config.fromKubeconfig(context, file.toFile());
            } else {
                config = Config.autoConfigure(context);
            }
        } catch (KubernetesClientException | IllegalArgumentException e) {
            throw new ClusterException("cannot use the kubeconfig: " + Messages.of(e), e);
        }
        String name = config.getCurrentContext() == null ? null : config.getCurrentContext().getName();
        if (context != null && !context.equals(name)) {
            throw new ClusterException("context \"" + context + "\" is not in the kubeconfig"
                    + (file == null ? " (" + String.join(", ", Config.getKubeconfigFilenames()) + ")" : " " + file));
        }
        if (config.getMasterUrl() == null || config.getMasterUrl().isBlank()) {
            throw new ClusterException("no cluster configured: set KUBECONFIG, pass --kubeconfig or run inside a cluster");
        }
        // fabric8 retries a failed request ten times with growing pauses: minutes before an unreachable server is reported
        config.setRequestRetryBackoffLimit(RETRIES);
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
        return new Connection(client, name != null ? name : host(config.getMasterUrl()));
    }

    private static String host(String url) {
        return url.replaceFirst("^[a-z]+://", "").replaceFirst("[/:].*$", "");
    }

    /** An open client and the name its findings are reported under; close it after reading. */
    public record Connection(KubernetesClient client, String context) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }
}
