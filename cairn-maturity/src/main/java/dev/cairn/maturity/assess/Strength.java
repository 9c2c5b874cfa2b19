package dev.cairn.maturity.assess;

/**
 * How far an observation settles a criterion (cnmm-level1.md §5.2 item 2).
 */
public enum Strength {
    /** The files, manifests or history decide the criterion; an answer that contradicts them is a conflict. */
    DECISIVE,
    /** A keyword hint only (a document that mentions the practice): an answer decides, the hint corroborates. */
    HINT
}
