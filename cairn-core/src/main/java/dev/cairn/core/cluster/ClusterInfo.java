package dev.cairn.core.cluster;

import java.time.Instant;

/**
 * What a cluster said about itself when it was read.
 *
 * @param context       the kubeconfig context it was read through (the snapshot's file name when a plain
 *                      {@code kubectl get -o yaml} list does not say)
 * @param serverVersion the API server's {@code gitVersion} such as {@code v1.31.4}, or null when unknown
 * @param readAt        when it was read, or null when unknown
 * @param namespace     the one namespace whose objects were read, or null when all were (cluster-wide
 *                      questions such as "is a log shipper running" need all)
 */
public record ClusterInfo(String context, String serverVersion, Instant readAt, String namespace) {
    public ClusterInfo {
        if (context == null || context.isBlank()) {
            throw new IllegalArgumentException("a cluster needs a context name");
        }
    }
}
