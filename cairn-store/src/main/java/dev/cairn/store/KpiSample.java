package dev.cairn.store;

import dev.cairn.core.model.KpiStatus;

/**
 * A KPI as stored: value and status for trends; caveats and the full target stay in the report JSON.
 *
 * @param value  null when there was no data
 * @param target the declared target value, or null
 */
public record KpiSample(
        String id, Double value, String unit, String band, KpiStatus status, String estimatedFrom, String window,
        Double target) {}
