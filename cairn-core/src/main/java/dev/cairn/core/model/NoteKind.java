package dev.cairn.core.model;

/** Why something was deliberately not read or not judged. Notes are information, never findings. */
public enum NoteKind {
    SKIPPED_LARGE_FILE,
    SKIPPED_BINARY,
    LINK_OUTSIDE_ROOT,
    SYMLINK_LOOP,
    UNREADABLE,
    EMPTY_FILE,
    NOT_AN_OBJECT,
    HELM_TEMPLATE_NOT_RENDERED,
    /** Overlays scanned as raw files: rendering is off or no kustomize v4.5.4+ is on PATH. */
    KUSTOMIZE_NOT_RENDERED,
    /** One kustomization or chart not rendered on purpose (a remote base, a library chart). */
    RENDER_SKIPPED,
    WAIVER_UNUSED,
    /** A kind of object the cluster would not list (forbidden, not served), or a snapshot that says so. */
    CLUSTER_NOT_READ
}
