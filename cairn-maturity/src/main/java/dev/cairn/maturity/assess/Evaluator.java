package dev.cairn.maturity.assess;

/**
 * Judges one Level 1 criterion from evidence: a pure function, no IO, no clock (the scan date is in the
 * evidence). Self-assessment answers are weighed afterwards by {@link Verdicts}, the same way for every
 * criterion, so an evaluator looks only at what was observed.
 */
public interface Evaluator {
    /** The criterion id, e.g. {@code TEC-8}. */
    String criterion();

    Observation observe(AssessmentEvidence evidence);
}
