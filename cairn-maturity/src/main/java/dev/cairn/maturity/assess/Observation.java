package dev.cairn.maturity.assess;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Outcome;
import java.util.List;

/**
 * What an evaluator concluded from evidence alone, before any self-assessment answer is weighed.
 *
 * @param outcome  MET, PARTIAL, NOT_MET or UNKNOWN (no evidence either way); NOT_APPLICABLE when the
 *                 evidence shows the criterion does not apply (e.g. no AI workloads)
 * @param summary  why, in one sentence a person can act on
 * @param evidence what a person can open to verify it
 */
public record Observation(Outcome outcome, Strength strength, String summary, List<EvidenceItem> evidence) {
    public Observation {
        evidence = List.copyOf(evidence);
    }

    public static Observation met(String summary, List<EvidenceItem> evidence) {
        return new Observation(Outcome.MET, Strength.DECISIVE, summary, evidence);
    }

    public static Observation partial(String summary, List<EvidenceItem> evidence) {
        return new Observation(Outcome.PARTIAL, Strength.DECISIVE, summary, evidence);
    }

    public static Observation notMet(String summary, List<EvidenceItem> evidence) {
        return new Observation(Outcome.NOT_MET, Strength.DECISIVE, summary, evidence);
    }

    public static Observation notMet(String summary) {
        return notMet(summary, List.of());
    }

    /** Nothing observed either way; only an answer can settle it. */
    public static Observation unknown(String summary) {
        return new Observation(Outcome.UNKNOWN, Strength.HINT, summary, List.of());
    }

    public static Observation notApplicable(String summary, List<EvidenceItem> evidence) {
        return new Observation(Outcome.NOT_APPLICABLE, Strength.DECISIVE, summary, evidence);
    }

    /** The same conclusion, but only as a hint that an answer overrides without conflict. */
    public Observation asHint() {
        return new Observation(outcome, Strength.HINT, summary, evidence);
    }

    public boolean isUnknown() {
        return outcome == Outcome.UNKNOWN;
    }
}
