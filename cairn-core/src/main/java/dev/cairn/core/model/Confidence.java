package dev.cairn.core.model;

/** Whether a criterion verdict rests on observed evidence or on a person's answer. */
public enum Confidence {
    OBSERVED, ATTESTED,
    /** Observed, and a person's answer agrees with it. */
    OBSERVED_AND_ATTESTED
}
