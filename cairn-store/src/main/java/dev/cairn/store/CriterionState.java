package dev.cairn.store;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.Tier;

/**
 * A criterion verdict as stored. The title is the catalog's (by id); the evidence stays in the report JSON.
 *
 * @param summary why this verdict, in one sentence
 */
public record CriterionState(
        String id, Aspect aspect, Tier tier, Outcome outcome, Confidence confidence, String summary, String conflict) {}
