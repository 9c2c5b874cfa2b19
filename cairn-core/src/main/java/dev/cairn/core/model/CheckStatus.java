package dev.cairn.core.model;

/** The outcome of one check over the whole scan. Not-applicable never counts as a pass. */
public enum CheckStatus {
    PASS, FAIL, NOT_APPLICABLE, NOT_AVAILABLE, SUPPRESSED, ERROR
}
