package dev.cairn.store;

import dev.cairn.core.model.Finding;
import java.util.List;

/** One recorded scan with its findings (in report order), criteria and KPIs. */
public record StoredScan(ScanSummary summary, List<Finding> findings, List<CriterionState> criteria, List<KpiSample> kpis) {
    public StoredScan {
        findings = List.copyOf(findings);
        criteria = List.copyOf(criteria);
        kpis = List.copyOf(kpis);
    }
}
