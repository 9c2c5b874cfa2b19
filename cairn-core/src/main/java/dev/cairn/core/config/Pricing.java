package dev.cairn.core.config;

/**
 * Prices for the static cost estimate (cnmm-level1.md §4.7), per hour. The defaults are OpenCost's
 * custom-pricing defaults (GCP us-central1 based, USD); {@code pricing:} in {@code .cairn.yaml} overrides
 * any of them, inline or through {@code { file: prices.yaml }}.
 *
 * @param source where the prices came from, as shown in the KPI's {@code estimatedFrom}
 */
public record Pricing(double cpuCoreHour, double memoryGiBHour, double storageGiBHour, String source) {
    public static final double OPENCOST_CPU_CORE_HOUR = 0.031611;
    public static final double OPENCOST_MEMORY_GIB_HOUR = 0.004237;
    public static final double OPENCOST_STORAGE_GIB_HOUR = 0.00005479;

    public static final Pricing OPENCOST_DEFAULTS = new Pricing(OPENCOST_CPU_CORE_HOUR, OPENCOST_MEMORY_GIB_HOUR,
            OPENCOST_STORAGE_GIB_HOUR, "OpenCost default prices");

    public Pricing {
        if (!(cpuCoreHour >= 0) || !(memoryGiBHour >= 0) || !(storageGiBHour >= 0)
                || Double.isInfinite(cpuCoreHour) || Double.isInfinite(memoryGiBHour) || Double.isInfinite(storageGiBHour)) {
            throw new IllegalArgumentException("prices must be finite and not negative");
        }
    }

    public boolean isDefault() {
        return cpuCoreHour == OPENCOST_CPU_CORE_HOUR && memoryGiBHour == OPENCOST_MEMORY_GIB_HOUR
                && storageGiBHour == OPENCOST_STORAGE_GIB_HOUR;
    }
}
