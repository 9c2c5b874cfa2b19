package dev.cairn.cluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists {@link ClusterKinds} through the Kubernetes API with {@code list} calls only (and the server's
 * {@code /version}). A kind the credentials may not list becomes a line in {@link ClusterRead#notRead()},
 * never an abort; a kind the cluster does not serve (the Gateway API without its CRDs) simply has no objects. Only Warning events
 * are kept: the others say that things went as planned, and the API server keeps events for an hour by
 * default, so every event listed is recent.
 */
public final class ClusterReader {
    private static final int NOT_SERVED = 404;
    private final KubernetesClient client;

    public ClusterReader(KubernetesClient client) {
        this.client = client;
    }

    /**
     * @param namespace the one namespace whose objects are listed, or null for all namespaces; cluster-scoped
     *                  kinds are listed either way
     */
    public ClusterRead read(String context, String namespace, Instant now) throws ClusterException {
        String version = serverVersion(context);
        List<Map<String, Object>> objects = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        List<String> kindsNotRead = new ArrayList<>();
        for (ClusterKind kind : ClusterKinds.ALL) {
            try {
                List<GenericKubernetesResource> items = list(kind, namespace);
                items.stream().map(item -> object(kind, item))
                        .filter(o -> !kind.kind().equals("Event") || "Warning".equals(o.get("type")))
                        .sorted(Comparator.comparing((Map<String, Object> o) -> metadata(o, "namespace"))
                                .thenComparing(o -> metadata(o, "name")))
                        .forEach(objects::add);
            } catch (KubernetesClientException e) {
                if (e.getCode() == NOT_SERVED) {
                    continue; // the API is not installed (Gateway API without its CRDs): there is nothing to read
                }
                notRead.add(notRead(kind, e));
                kindsNotRead.add(kind.kind());
            }
        }
        if (version == null) {
            notRead.add(0, "could not read the API server version");
        }
        return new ClusterRead(context, version, now, namespace, objects, notRead, kindsNotRead);
    }

    private List<GenericKubernetesResource> list(ClusterKind kind, String namespace) {
        var resources = client.genericKubernetesResources(kind.context());
        if (!kind.namespaced()) {
            return resources.list().getItems();
        }
        return namespace == null ? resources.inAnyNamespace().list().getItems()
                : resources.inNamespace(namespace).list().getItems();
    }

    /**
     * The server's version, asked first because every cluster answers it to any authenticated client: an
     * answer without a response (refused, timed out, TLS) means the cluster cannot be read at all.
     */
    private String serverVersion(String context) throws ClusterException {
        try {
            var info = client.getKubernetesVersion();
            return info == null || info.getGitVersion() == null || info.getGitVersion().isBlank() ? null : info.getGitVersion();
        } catch (KubernetesClientException e) {
            if (e.getCode() <= 0) {
                // the URL, because a context name does not say which address was tried (a stale tunnel, a VPN down)
                throw new ClusterException("cannot reach the API server of context " + context + " at "
                        + client.getMasterUrl() + ": " + Messages.of(e), e);
            }
            return null;
        }
    }

    /** List responses leave out each item's apiVersion and kind; they are put back first, as a manifest has them. */
    private Map<String, Object> object(ClusterKind kind, GenericKubernetesResource item) {
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = client.getKubernetesSerialization().convertValue(item, Map.class);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("apiVersion", kind.apiVersion());
        object.put("kind", kind.kind());
        raw.forEach((k, v) -> {
            if (!k.equals("apiVersion") && !k.equals("kind")) {
                object.put(k, v);
            }
        });
        ServerFields.strip(object);
        return object;
    }

    private static String notRead(ClusterKind kind, KubernetesClientException e) {
        String why = switch (e.getCode()) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> e.getCode() > 0 ? "HTTP " + e.getCode() : Messages.of(e);
        };
        return "could not list " + kind.resource() + ": " + why;
    }

    private static String metadata(Map<String, Object> object, String key) {
        return object.get("metadata") instanceof Map<?, ?> m && m.get(key) instanceof String s ? s : "";
    }
}
