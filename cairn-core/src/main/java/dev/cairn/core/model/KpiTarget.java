package dev.cairn.core.model;

/** A KPI target as declared in {@code .cairn.yaml}. */
public record KpiTarget(Double baseline, Double target, String unit, String owner, String goal, String source) {}
