package dev.cairn.core.check;

/** Whether a check is settled, still being tuned, or on its way out. */
public enum Lifecycle {
    STABLE, BETA, DEPRECATED
}
