package dev.cairn.core.model;

import java.util.List;

/**
 * A measured or estimated KPI. Every value says how it was estimated and over which window.
 *
 * @param value null when there was no data
 */
public record KpiValue(
        String id, Double value, String unit, String band, String estimatedFrom, String window,
        KpiTarget target, KpiStatus status, List<String> caveats) {
    public KpiValue {
        caveats = List.copyOf(caveats);
    }
}
