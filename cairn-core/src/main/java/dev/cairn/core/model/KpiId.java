package dev.cairn.core.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one list of KPI ids cairn knows: {@code .cairn.yaml} targets are validated against it, reports use
 * {@link #id()} as {@link KpiValue#id()}, and each KPI has one unit, the one it is reported in.
 *
 * <p>{@link #direction()} is the natural direction of improvement; a target's own direction (baseline to
 * target) wins where a baseline is declared.
 */
public enum KpiId {
    DEPLOYMENT_FREQUENCY("deployment-frequency", "per-week", Direction.HIGHER_IS_BETTER),
    CHANGE_LEAD_TIME("change-lead-time", "hours", Direction.LOWER_IS_BETTER),
    CHANGE_LEAD_TIME_P90("change-lead-time-p90", "hours", Direction.LOWER_IS_BETTER),
    CHANGE_FAILURE_RATE("change-failure-rate", "percent", Direction.LOWER_IS_BETTER),
    FAILED_DEPLOYMENT_RECOVERY_TIME("failed-deployment-recovery-time", "hours", Direction.LOWER_IS_BETTER),
    FEATURES_PER_QUARTER("features-per-quarter", "per-quarter", Direction.HIGHER_IS_BETTER),
    INFRA_EFFORT_SHARE("infra-effort-share", "percent", Direction.LOWER_IS_BETTER),
    DELIVERY_PEOPLE("delivery-people", "people", Direction.NEITHER),
    REQUEST_COVERAGE("request-coverage", "percent", Direction.HIGHER_IS_BETTER),
    MEMORY_LIMIT_COVERAGE("memory-limit-coverage", "percent", Direction.HIGHER_IS_BETTER),
    REQUESTED_CPU_CORES("requested-cpu-cores", "cores", Direction.NEITHER),
    REQUESTED_MEMORY_GIB("requested-memory-gib", "GiB", Direction.NEITHER),
    MONTHLY_COST_ESTIMATE("monthly-cost-estimate", "USD-per-month", Direction.LOWER_IS_BETTER),
    VULNERABILITIES_CRITICAL("vulnerabilities-critical", "count", Direction.LOWER_IS_BETTER),
    VULNERABILITIES_HIGH("vulnerabilities-high", "count", Direction.LOWER_IS_BETTER),
    VULNERABILITIES_FIXABLE_SHARE("vulnerabilities-fixable-share", "percent", Direction.LOWER_IS_BETTER),
    IMAGE_SCAN_COVERAGE("image-scan-coverage", "percent", Direction.HIGHER_IS_BETTER);

    /** Which way a KPI improves when no baseline says otherwise. */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, NEITHER }

    private final String id;
    private final String unit;
    private final Direction direction;

    KpiId(String id, String unit, Direction direction) {
        this.id = id;
        this.unit = unit;
        this.direction = direction;
    }

    /** The kebab-case id used in reports and in {@code .cairn.yaml}. */
    public String id() {
        return id;
    }

    /** The unit the KPI is reported in (and a declared target must use). */
    public String unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public static Optional<KpiId> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
