package dev.cairn.core.model;

/** How a criterion weighs in its aspect (cnmm-level1.md, section 1). */
public enum Tier {
    CORE, SUPPORTING, OPTIONAL, INFORMATION
}
