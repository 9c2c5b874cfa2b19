package dev.cairn.maturity.kpi.resources;

import java.math.BigDecimal;
import java.util.List;

/**
 * Requests, limits and replicas over all workloads (cnmm-level1.md §4.6). Totals count the long-running
 * workloads; Jobs and CronJobs are listed but left out of them. Coverage counts every app container.
 *
 * @param workloads          one line per workload, sorted by file and position
 * @param cpuCores           Σ replicas_eff × CPU requests, with HPA minReplicas
 * @param cpuCoresMax        the same with HPA maxReplicas
 * @param storageGiB         PersistentVolumeClaims plus StatefulSet claim templates × replicas
 * @param unmatchedAutoscalers HPAs whose target is not among the workloads, as {@code Kind/ns/name -> Kind/name}
 */
public record ResourceSummary(
        List<WorkloadUsage> workloads, int assumedNodes,
        int appContainers, int appWithRequests, int appWithMemoryLimit, int appWithCpuRequest,
        int appWithMemoryRequest, int appDefaultedFromLimits,
        int initContainers, int initWithRequests,
        BigDecimal cpuCores, BigDecimal cpuCoresMax, BigDecimal memoryGiB, BigDecimal memoryGiBMax,
        BigDecimal storageGiB, BigDecimal storageGiBMax, int volumeClaims,
        int invalidQuantities, List<String> unmatchedAutoscalers) {

    public ResourceSummary {
        workloads = List.copyOf(workloads);
        unmatchedAutoscalers = List.copyOf(unmatchedAutoscalers);
    }

    /** Workloads counted in the totals (all but Jobs and CronJobs). */
    public List<WorkloadUsage> counted() {
        return workloads.stream().filter(WorkloadUsage::inTotals).toList();
    }

    public List<WorkloadUsage> batch() {
        return workloads.stream().filter(w -> !w.inTotals()).toList();
    }

    public boolean scaledByAutoscaler() {
        return workloads.stream().anyMatch(w -> w.maxReplicas() != w.replicas());
    }
}
