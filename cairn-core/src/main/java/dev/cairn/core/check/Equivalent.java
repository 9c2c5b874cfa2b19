package dev.cairn.core.check;

/** The id a peer tool uses for the same concept, e.g. kube-linter {@code privileged-container}. */
public record Equivalent(Peer peer, String id) {
    public static Equivalent of(Peer peer, String id) {
        return new Equivalent(peer, id);
    }
}
