package dev.cairn.store;

import dev.cairn.core.model.KpiStatus;
import java.time.Instant;

/** One KPI of one scan, a point of a KPI's trend. */
public record KpiPoint(String kpiId, long scanId, Instant scannedAt, Double value, String unit, KpiStatus status) {}
