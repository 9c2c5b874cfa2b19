package dev.cairn.store;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Outcome;

/**
 * A criterion whose outcome differs between two scans.
 *
 * @param before the outcome in the first scan, or null when that scan did not judge the criterion
 * @param after  the outcome in the second scan, or null when that scan did not judge it
 */
public record CriterionChange(String id, Aspect aspect, Outcome before, Outcome after) {}
