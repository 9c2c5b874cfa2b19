package dev.cairn.maturity.kpi.resources;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import java.math.BigDecimal;

/**
 * One workload's line of the resource summary: its effective replicas and what it requests in total.
 *
 * @param replicas          replicas_eff: {@code spec.replicas} (default 1), an HPA's {@code minReplicas}, a
 *                          DaemonSet's assumed node count, or a Job's parallelism
 * @param maxReplicas       the worst case: an HPA's {@code maxReplicas}, else {@code replicas}
 * @param replicasFrom      how {@code replicas} was decided, for people
 * @param cpuCores          {@code replicas} × the CPU requests of its app containers
 * @param memoryGiB         {@code replicas} × the memory requests of its app containers, in GiB
 * @param storageGiB        {@code replicas} × its StatefulSet volume claim templates, in GiB
 * @param inTotals          false for Jobs and CronJobs, which run only part of the time
 */
public record WorkloadUsage(ObjectRef ref, Location location, String variant, WorkloadType type,
        int replicas, int maxReplicas, String replicasFrom,
        BigDecimal cpuCoresPerReplica, BigDecimal memoryGiBPerReplica,
        BigDecimal cpuCores, BigDecimal cpuCoresMax, BigDecimal memoryGiB, BigDecimal memoryGiBMax,
        BigDecimal storageGiB, BigDecimal storageGiBMax,
        int containers, int containersWithRequests, int containersWithMemoryLimit, int containersDefaultedFromLimits,
        int initContainers, int initContainersWithRequests, int invalidQuantities, boolean inTotals) {}
