package dev.cairn.maturity.kpi.resources;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;

/**
 * A HorizontalPodAutoscaler's bounds and the workload it scales.
 *
 * @param minReplicas {@code spec.minReplicas} (default 1)
 * @param maxReplicas {@code spec.maxReplicas}, or null when missing or not an integer
 */
public record Autoscaler(ObjectRef ref, Location location, String variant, String targetKind, String targetName,
        int minReplicas, Integer maxReplicas) implements ResourceFact {}
