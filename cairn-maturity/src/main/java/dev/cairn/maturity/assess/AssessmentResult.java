package dev.cairn.maturity.assess;

import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.LevelTwoItem;
import dev.cairn.core.model.NextStep;
import java.util.List;

/** The Level 1 scorecard: every criterion's verdict, each aspect's standing, what to do next. */
public record AssessmentResult(List<CriterionResult> criteria, List<AspectScore> aspects, List<NextStep> nextSteps,
                               List<LevelTwoItem> levelTwoPreview) {
    public AssessmentResult {
        criteria = List.copyOf(criteria);
        aspects = List.copyOf(aspects);
        nextSteps = List.copyOf(nextSteps);
        levelTwoPreview = List.copyOf(levelTwoPreview);
    }
}
