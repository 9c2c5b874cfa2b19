package dev.cairn.core.model;

/** A KPI against its declared target. */
public enum KpiStatus {
    MET, ON_TRACK, OFF_TRACK,
    /** A value, but no target in {@code .cairn.yaml} to judge it against. */
    NO_TARGET,
    /** No value to judge. */
    NO_DATA
}
