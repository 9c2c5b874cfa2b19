package dev.cairn.store;

import java.util.List;

/**
 * A repository over time: its scans oldest first (aspect scores and finding counts are in each summary) and
 * its KPIs, by KPI id, then oldest first.
 */
public record Trend(String repository, List<ScanSummary> scans, List<KpiPoint> kpis) {
    public Trend {
        scans = List.copyOf(scans);
        kpis = List.copyOf(kpis);
    }
}
