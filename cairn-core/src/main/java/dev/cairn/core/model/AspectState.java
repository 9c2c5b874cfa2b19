package dev.cairn.core.model;

/** Where an aspect stands on Level 1 (cnmm-level1.md, section 5.2). */
public enum AspectState {
    ATTAINED, IN_PROGRESS, NOT_STARTED, INSUFFICIENT_EVIDENCE
}
