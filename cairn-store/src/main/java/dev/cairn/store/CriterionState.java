package dev.cairn.store;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.Tier;

/** A criterion verdict as stored: the evidence behind it stays in the report JSON. */
public record CriterionState(String id, Aspect aspect, Tier tier, Outcome outcome, Confidence confidence, String conflict) {}
