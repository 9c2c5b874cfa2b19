package dev.cairn.server;

import dev.cairn.core.model.ScanReport;
import dev.cairn.report.KpiTrendPoint;
import dev.cairn.store.HistoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A repository's earlier KPI values from the store, as the HTML report charts them: the scans of a window before
 * the report's own, with a value. Shared by {@code cairn scan --history} and the dashboard's scan page.
 */
public final class KpiHistory {
    /** How far back the trends reach. */
    public static final Duration WINDOW = Duration.ofDays(365);

    private KpiHistory() {}

    public static List<KpiTrendPoint> before(HistoryStore store, ScanReport report) {
        Instant at = report.target().scannedAt();
        if (at == null) {
            return List.of();
        }
        return store.trend(HistoryStore.repositoryOf(report.target()), at.minus(WINDOW)).kpis().stream()
                .filter(p -> p.value() != null && Double.isFinite(p.value()) && p.scannedAt().isBefore(at))
                .map(p -> new KpiTrendPoint(p.kpiId(), p.scannedAt(), p.value()))
                .toList();
    }
}
