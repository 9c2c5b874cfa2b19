package dev.cairn.maturity.kpi.resources;

import dev.cairn.core.config.Pricing;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The static monthly cost estimate of cnmm-level1.md §4.7 (the OpenCost approach without a cluster):
 * {@code 730 h × Σ replicas_eff × (cpu_cores × P_cpu + memory_GiB × P_ram) + Σ PVC_GiB × 730 h × P_storage}.
 *
 * @param monthly    with HPA minReplicas
 * @param monthlyMax with HPA maxReplicas (the worst case)
 */
public record CostEstimate(BigDecimal compute, BigDecimal storage, BigDecimal monthly, BigDecimal monthlyMax,
        Pricing pricing) {
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

    public static CostEstimate of(ResourceSummary s, Pricing pricing) {
        BigDecimal cpu = BigDecimal.valueOf(pricing.cpuCoreHour());
        BigDecimal ram = BigDecimal.valueOf(pricing.memoryGiBHour());
        BigDecimal disk = BigDecimal.valueOf(pricing.storageGiBHour());
        BigDecimal compute = hourly(s.cpuCores(), s.memoryGiB(), cpu, ram).multiply(HOURS_PER_MONTH);
        BigDecimal computeMax = hourly(s.cpuCoresMax(), s.memoryGiBMax(), cpu, ram).multiply(HOURS_PER_MONTH);
        BigDecimal storage = s.storageGiB().multiply(HOURS_PER_MONTH).multiply(disk);
        BigDecimal storageMax = s.storageGiBMax().multiply(HOURS_PER_MONTH).multiply(disk);
        return new CostEstimate(compute, storage, compute.add(storage), computeMax.add(storageMax), pricing);
    }

    private static BigDecimal hourly(BigDecimal cores, BigDecimal gib, BigDecimal cpu, BigDecimal ram) {
        return cores.multiply(cpu, MathContext.DECIMAL128).add(gib.multiply(ram, MathContext.DECIMAL128));
    }
}
