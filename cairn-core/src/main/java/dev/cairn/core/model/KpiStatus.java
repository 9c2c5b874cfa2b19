package dev.cairn.core.model;

/** A KPI against its declared target. */
public enum KpiStatus {
    MET, ON_TRACK, OFF_TRACK, NO_DATA
}
