package dev.cairn.core.model;

/** Why a finding does not count towards the exit code. */
public enum SuppressionKind {
    /** An {@code ignore-check.cairn.dev/<id>} annotation on the object. */
    ANNOTATION,
    /** A waiver in {@code .cairn.yaml}. */
    WAIVER,
    /** The finding was already present in the {@code --baseline} report. */
    BASELINE
}
