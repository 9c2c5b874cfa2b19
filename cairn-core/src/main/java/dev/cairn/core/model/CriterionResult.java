package dev.cairn.core.model;

import java.util.List;

/**
 * The verdict on one Level 1 criterion with the evidence a person can open.
 *
 * @param conflict why a self-assessment answer contradicts what was observed, or null
 */
public record CriterionResult(
        String id, Aspect aspect, Tier tier, Outcome outcome, Confidence confidence,
        List<EvidenceItem> evidence, String conflict) {
    public CriterionResult {
        evidence = List.copyOf(evidence);
    }
}
