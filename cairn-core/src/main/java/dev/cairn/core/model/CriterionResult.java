package dev.cairn.core.model;

import java.util.List;

/**
 * The verdict on one Level 1 criterion with the evidence a person can open.
 *
 * @param title    the criterion in a few words, from the catalog
 * @param summary  why this verdict, in one sentence
 * @param conflict why a self-assessment answer contradicts what was observed, or null
 */
public record CriterionResult(
        String id, Aspect aspect, Tier tier, String title, Outcome outcome, Confidence confidence,
        String summary, List<EvidenceItem> evidence, String conflict) {
    public CriterionResult {
        evidence = List.copyOf(evidence);
    }

    /** Met or partially met: the criterion earns credit. */
    public boolean credited() {
        return outcome == Outcome.MET || outcome == Outcome.PARTIAL;
    }
}
