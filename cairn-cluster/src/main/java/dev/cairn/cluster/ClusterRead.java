package dev.cairn.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one pass over the API returned, before it becomes a snapshot: plain JSON-like maps in
 * {@link ClusterKinds} order, with server bookkeeping removed.
 *
 * @param namespace     the one namespace read, or null for all
 * @param serverVersion the API server's {@code gitVersion}, or null when it could not be read
 * @param notRead       one line per kind that could not be listed, with the reason
 * @param kindsNotRead  those kinds
 */
public record ClusterRead(String context, String serverVersion, Instant readAt, String namespace, List<Map<String, Object>> objects,
        List<String> notRead, List<String> kindsNotRead) {
    public ClusterRead {
        objects = List.copyOf(objects);
        notRead = List.copyOf(notRead);
        kindsNotRead = List.copyOf(kindsNotRead);
    }
}
