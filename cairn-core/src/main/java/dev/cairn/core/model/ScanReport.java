package dev.cairn.core.model;

import java.util.List;

/**
 * The one report model: every output format renders this record, and JSON is its faithful serialisation
 * (schema/report-v1.json). All lists are sorted by their producers, so the same input gives the same report.
 */
public record ScanReport(
        String schemaVersion,
        ToolInfo tool,
        Target target,
        List<Note> notes,
        List<Finding> findings,
        List<CheckResult> checks,
        List<CriterionResult> criteria,
        List<AspectScore> aspects,
        List<NextStep> nextSteps,
        List<LevelTwoItem> levelTwoPreview,
        List<KpiValue> kpis) {

    public static final String SCHEMA_VERSION = "1";

    public ScanReport {
        notes = List.copyOf(notes);
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
        criteria = List.copyOf(criteria);
        aspects = List.copyOf(aspects);
        nextSteps = List.copyOf(nextSteps);
        levelTwoPreview = List.copyOf(levelTwoPreview);
        kpis = List.copyOf(kpis);
    }

    /** The findings that count towards the exit code: not suppressed, waived or known from a baseline. */
    public List<Finding> countedFindings() {
        return findings.stream().filter(Finding::counts).toList();
    }
}
