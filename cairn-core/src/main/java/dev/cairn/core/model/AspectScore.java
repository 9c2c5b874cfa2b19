package dev.cairn.core.model;

/**
 * The Level 1 standing of one aspect.
 *
 * @param score    0 to 100, or null when there is not enough evidence to score
 * @param coverage the share of weighted criteria with a verdict other than unknown, 0.0 to 1.0
 */
public record AspectScore(Aspect aspect, AspectState state, Integer score, double coverage) {}
