package dev.cairn.core.model;

/** The verdict on one maturity criterion. */
public enum Outcome {
    MET, PARTIAL, NOT_MET, UNKNOWN, NOT_APPLICABLE
}
