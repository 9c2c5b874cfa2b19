package dev.cairn.cli.assess;

import dev.cairn.core.assessment.Answer;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.maturity.catalog.Criterion;
import dev.cairn.maturity.catalog.Question;

/**
 * A question the questionnaire asks, with what cairn already found for its criterion.
 *
 * @param current the answer already given, or null
 */
public record PendingQuestion(Criterion criterion, Question question, CriterionResult found, Answer current) {}
