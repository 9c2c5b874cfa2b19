package dev.cairn.maturity.assess;

import dev.cairn.core.assessment.Answers;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.LevelTwoItem;
import dev.cairn.core.model.Outcome;
import dev.cairn.maturity.catalog.Catalog;
import dev.cairn.maturity.catalog.Criterion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every criterion's evaluator over the evidence, weighs the answers ({@link Verdicts}), scores the
 * aspects ({@link AspectScoring}) and ranks the next steps ({@link NextSteps}). An evaluator that throws
 * gives UNKNOWN for its criterion only, the way a failing check gives ERROR for that check only.
 */
public final class Assessment {
    private final Catalog catalog;
    private final Map<String, Evaluator> evaluators = new LinkedHashMap<>();

    public Assessment(Catalog catalog, List<Evaluator> evaluators) {
        this.catalog = catalog;
        for (Evaluator e : evaluators) {
            if (catalog.criterion(e.criterion()).isEmpty()) {
                throw new IllegalArgumentException("evaluator for an unknown criterion: " + e.criterion());
            }
            if (this.evaluators.put(e.criterion(), e) != null) {
                throw new IllegalArgumentException("two evaluators for " + e.criterion());
            }
        }
    }

    /** The built-in catalog with every built-in evaluator. */
    public static Assessment level1() {
        return new Assessment(Catalog.level1(), Level1Evaluators.all());
    }

    /**
     * Whether {@code .cairn/assessment.yaml} may hold an answer under this id: a question of the catalog, or
     * a criterion id (an exemption: {@code not-applicable} with the reason in its note).
     */
    public static boolean acceptsAnswerTo(String id) {
        Catalog catalog = Catalog.level1();
        return catalog.question(id).isPresent() || catalog.criterion(id).isPresent();
    }

    /**
     * Evaluators are pure and read immutable evidence, so they run in parallel: on a large repository they
     * are the longest step after reading, and it would otherwise leave every core but one idle.
     */
    public AssessmentResult assess(AssessmentEvidence evidence, Answers answers) {
        List<CriterionResult> results = catalog.criteria().parallelStream()
                .map(criterion -> Verdicts.judge(criterion, observe(criterion, evidence), answers))
                .toList();
        List<AspectScore> aspects = new ArrayList<>();
        List<LevelTwoItem> levelTwo = new ArrayList<>();
        for (Aspect aspect : Aspect.values()) {
            AspectScore score = AspectScoring.score(aspect, results);
            aspects.add(score);
            if (score.state() == AspectState.ATTAINED) {
                levelTwo.addAll(catalog.levelTwo(aspect));
            }
        }
        return new AssessmentResult(results, aspects, NextSteps.rank(results), levelTwo);
    }

    private Observation observe(Criterion criterion, AssessmentEvidence evidence) {
        Evaluator evaluator = evaluators.get(criterion.id());
        if (evaluator == null) {
            return Observation.unknown("no evaluator for this criterion yet");
        }
        try {
            Observation o = evaluator.observe(evidence);
            return o != null ? o : Observation.unknown("the evaluator gave no verdict");
        } catch (RuntimeException e) {
            return new Observation(Outcome.UNKNOWN, Strength.HINT, "the evaluator failed: " + e, List.of());
        }
    }
}
