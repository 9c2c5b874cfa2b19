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
    WAIVER_UNUSED
}
