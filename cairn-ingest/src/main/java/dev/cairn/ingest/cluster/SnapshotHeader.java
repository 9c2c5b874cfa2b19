package dev.cairn.ingest.cluster;

/**
 * The annotations on a snapshot's {@code kind: List} that say what was read, from where and when. A plain
 * {@code kubectl get -o yaml} list has none of them and is still a snapshot.
 */
public final class SnapshotHeader {
    private static final String PREFIX = "snapshot.cairn.dev/";
    /** The kubeconfig context the cluster was read through. */
    public static final String CONTEXT = PREFIX + "context";
    /** The API server's {@code gitVersion}. */
    public static final String SERVER_VERSION = PREFIX + "server-version";
    /** The one namespace read, absent when every namespace was. */
    public static final String NAMESPACE = PREFIX + "namespace";
    /** When the cluster was read, ISO-8601 in UTC. */
    public static final String READ_AT = PREFIX + "read-at";
    /** What could not be read, one line each ({@code could not list secrets: forbidden}). */
    public static final String NOT_READ = PREFIX + "not-read";
    /** The kinds that could not be listed, comma-separated ({@code NetworkPolicy,Gateway}). */
    public static final String KINDS_NOT_READ = PREFIX + "kinds-not-read";

    private SnapshotHeader() {}
}
