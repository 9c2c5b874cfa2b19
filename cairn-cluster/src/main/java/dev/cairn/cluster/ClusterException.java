package dev.cairn.cluster;

/** The cluster could not be read at all: no kubeconfig, an unknown context, an API server out of reach. */
public final class ClusterException extends Exception {
    private static final long serialVersionUID = 1L;

    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
