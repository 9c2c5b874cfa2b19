package dev.cairn.maturity.kpi.resources;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;

/**
 * The few facts about one Kubernetes object that the resource and cost KPIs need, collected while files
 * stream so that no tree is kept: a workload's requests and limits, an autoscaler's bounds, a volume
 * claim's size. {@link ResourceFacts#of} builds them.
 */
public sealed interface ResourceFact permits WorkloadResources, Autoscaler, VolumeClaim {
    ObjectRef ref();

    Location location();

    /** The render variant the object came from, or null for raw files. */
    String variant();
}
