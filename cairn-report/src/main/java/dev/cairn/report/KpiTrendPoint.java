package dev.cairn.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One earlier value of a KPI, taken from the history of scans, for the trend charts of the HTML report. The
 * report itself holds only the current values; whoever keeps the history hands the earlier ones in.
 *
 * @param kpi the KPI id, as in {@link dev.cairn.core.model.KpiValue#id()}
 * @param at  when the scan that measured it ran
 */
public record KpiTrendPoint(String kpi, Instant at, double value) {
    public KpiTrendPoint {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(at, "at");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a trend point needs a finite value, not " + value + " for " + kpi);
        }
    }
}
