package dev.cairn.ingest.cluster;

/** A snapshot file that cannot be used: unreadable, not YAML, or holding no Kubernetes objects. */
public final class SnapshotException extends Exception {
    private static final long serialVersionUID = 1L;

    public SnapshotException(String message) {
        super(message);
    }
}
