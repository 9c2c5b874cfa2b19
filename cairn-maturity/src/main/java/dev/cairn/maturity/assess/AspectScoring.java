package dev.cairn.maturity.assess;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.Tier;
import java.util.List;

/**
 * Scores one aspect exactly as cnmm-level1.md §5.2 items 3 to 5 say:
 * <pre>
 * weight    core 2, supporting 1, information 0 (an optional criterion the team opted into weighs 1)
 * credit    MET 1.0, PARTIAL 0.5, NOT_MET 0; UNKNOWN and N/A are not evaluated
 * score     = Σ evaluated weight × credit / Σ evaluated weight × 100   (null when nothing is evaluated)
 * coverage  = Σ evaluated weight / Σ weight of all criteria that are not N/A
 * state     insufficient evidence if coverage &lt; 0.8; else attained if no core criterion is NOT_MET and
 *           score ≥ 70; else in progress if score ≥ 30 or at least half the core criteria are MET or PARTIAL;
 *           else not started
 * </pre>
 */
public final class AspectScoring {
    static final double ATTAINED_SCORE = 70;
    static final double IN_PROGRESS_SCORE = 30;
    static final double MIN_COVERAGE = 0.8;

    private AspectScoring() {}

    public static int weight(Tier tier) {
        return switch (tier) {
            case CORE -> 2;
            case SUPPORTING, OPTIONAL -> 1;
            case INFORMATION -> 0;
        };
    }

    static double credit(Outcome outcome) {
        return switch (outcome) {
            case MET -> 1.0;
            case PARTIAL -> 0.5;
            default -> 0.0;
        };
    }

    static boolean evaluated(Outcome outcome) {
        return outcome == Outcome.MET || outcome == Outcome.PARTIAL || outcome == Outcome.NOT_MET;
    }

    public static AspectScore score(Aspect aspect, List<CriterionResult> results) {
        List<CriterionResult> mine = results.stream().filter(r -> r.aspect() == aspect).toList();
        double earned = 0;
        int evaluatedWeight = 0;
        int applicableWeight = 0;
        for (CriterionResult r : mine) {
            int w = weight(r.tier());
            if (r.outcome() != Outcome.NOT_APPLICABLE) applicableWeight += w;
            if (evaluated(r.outcome())) {
                evaluatedWeight += w;
                earned += w * credit(r.outcome());
            }
        }
        Integer score = evaluatedWeight == 0 ? null : (int) Math.round(earned / evaluatedWeight * 100);
        double coverage = applicableWeight == 0 ? 0.0 : (double) evaluatedWeight / applicableWeight;
        return new AspectScore(aspect, state(mine, score, coverage), score, round(coverage));
    }

    private static AspectState state(List<CriterionResult> results, Integer score, double coverage) {
        if (coverage < MIN_COVERAGE || score == null) {
            return AspectState.INSUFFICIENT_EVIDENCE;
        }
        List<CriterionResult> core = results.stream()
                .filter(r -> r.tier() == Tier.CORE && r.outcome() != Outcome.NOT_APPLICABLE).toList();
        boolean coreFailing = core.stream().anyMatch(r -> r.outcome() == Outcome.NOT_MET);
        if (!coreFailing && score >= ATTAINED_SCORE) {
            return AspectState.ATTAINED;
        }
        long coreCredited = core.stream().filter(CriterionResult::credited).count();
        if (score >= IN_PROGRESS_SCORE || !core.isEmpty() && coreCredited * 2 >= core.size()) {
            return AspectState.IN_PROGRESS;
        }
        return AspectState.NOT_STARTED;
    }

    /** Two decimals, rounded down, so that a coverage shown as 0.80 has passed the gate. */
    private static double round(double value) {
        return Math.floor(value * 100 + 1e-9) / 100.0;
    }
}
