package dev.cairn.maturity.kpi.resources;

import java.math.BigDecimal;

/**
 * Requests and limits of one container as written: CPU in cores, memory in bytes; null when not set (or
 * not a valid quantity).
 */
public record ContainerResources(String name, BigDecimal cpuRequest, BigDecimal memoryRequest,
        BigDecimal cpuLimit, BigDecimal memoryLimit) {

    /** The CPU request Kubernetes applies: the request, else the limit (a missing request defaults to it). */
    public BigDecimal effectiveCpuRequest() {
        return cpuRequest != null ? cpuRequest : cpuLimit;
    }

    /** The memory request Kubernetes applies: the request, else the limit. */
    public BigDecimal effectiveMemoryRequest() {
        return memoryRequest != null ? memoryRequest : memoryLimit;
    }

    /** Both a CPU and a memory request, as Kubernetes applies them. */
    public boolean hasRequests() {
        return effectiveCpuRequest() != null && effectiveMemoryRequest() != null;
    }

    /** At least one request comes from a limit rather than being written. */
    public boolean requestDefaultedFromLimit() {
        return cpuRequest == null && cpuLimit != null || memoryRequest == null && memoryLimit != null;
    }

    public boolean hasMemoryLimit() {
        return memoryLimit != null;
    }
}
