package dev.cairn.cluster;

import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.ingest.cluster.SnapshotException;
import dev.cairn.ingest.cluster.SnapshotReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Reads a cluster once and gives it to the scan exactly as a scan of its snapshot would see it: the read
 * is written as snapshot text and read back by the same {@link SnapshotReader}, so a live scan and a scan
 * of the snapshot it would write cannot differ.
 */
public final class LiveCluster {
    private LiveCluster() {}

    /** @param namespace one namespace, or null for all */
    public static ClusterRead read(Kubeconfig kubeconfig, String namespace, Clock clock) throws ClusterException {
        try (Kubeconfig.Connection connection = kubeconfig.connect()) {
            return new ClusterReader(connection.client()).read(connection.context(), namespace, clock.instant());
        }
    }

    public static ClusterSnapshot snapshot(ClusterRead read) {
        try {
            return SnapshotReader.read(read.context(), SnapshotWriter.write(read).getBytes(StandardCharsets.UTF_8));
        } catch (SnapshotException e) {
            throw new IllegalStateException("a snapshot cairn wrote does not read back: " + e.getMessage(), e);
        }
    }
}
