package dev.cairn.store;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.InputCounts;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiTarget;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.model.Target;
import dev.cairn.core.model.Tier;
import dev.cairn.core.model.ToolInfo;
import java.time.Instant;
import java.util.List;

/** Scan reports built directly, with what the engine does not fill yet (criteria, aspect scores). */
final class Reports {
    static final ToolInfo TOOL = new ToolInfo("cairn", "0.1.0", "2026.11");

    private Reports() {}

    /** A builder of one report; every list starts empty. */
    static Builder of(String repository, String commit, Instant scannedAt) {
        return new Builder(repository, commit, scannedAt);
    }

    /** A counting finding of a Deployment's container, with an exact span and the fingerprint given. */
    static Finding finding(String checkId, Severity severity, String path, int line, String fingerprint) {
        return new Finding(CheckId.of(checkId), "slug-" + checkId.toLowerCase(), severity, Aspect.TECHNOLOGY,
                List.of("TEC-8"), checkId + " at " + path + ":" + line,
                new Location(SourcePath.of(path), new Span(line, 7, line, 19), "/spec/template/spec/containers/0", 0),
                new ObjectRef("apps/v1", "Deployment", "shop", "web"), fingerprint, null);
    }

    static CriterionResult criterion(String id, Aspect aspect, Outcome outcome) {
        return new CriterionResult(id, aspect, Tier.CORE, "title of " + id, outcome, Confidence.OBSERVED,
                id + " is " + outcome, List.of(), null);
    }

    static KpiValue kpi(String id, Double value, String unit) {
        return new KpiValue(id, value, unit, null, "git tags matching v*", "90d", null, KpiStatus.NO_DATA, List.of());
    }

    static KpiValue kpi(String id, Double value, String unit, double target, KpiStatus status) {
        return new KpiValue(id, value, unit, "weekly", "git tags matching v*", "90d",
                new KpiTarget(0.5, target, unit, "cto", "faster time to market", "git-tags"), status, List.of("caveat"));
    }

    /** A fingerprint of 32 hexadecimal digits made from a short name, as the real ones look. */
    static String fingerprint(String name) {
        return String.format("%32s", Integer.toHexString(name.hashCode())).replace(' ', '0');
    }

    static final class Builder {
        private final String repository;
        private final String commit;
        private final Instant scannedAt;
        private List<Finding> findings = List.of();
        private List<CriterionResult> criteria = List.of();
        private List<AspectScore> aspects = List.of();
        private List<KpiValue> kpis = List.of();

        private Builder(String repository, String commit, Instant scannedAt) {
            this.repository = repository;
            this.commit = commit;
            this.scannedAt = scannedAt;
        }

        Builder findings(List<Finding> f) {
            findings = f;
            return this;
        }

        Builder criteria(List<CriterionResult> c) {
            criteria = c;
            return this;
        }

        Builder aspects(List<AspectScore> a) {
            aspects = a;
            return this;
        }

        Builder kpis(List<KpiValue> k) {
            kpis = k;
            return this;
        }

        ScanReport build() {
            Target target = new Target(".", repository, commit, scannedAt, 420, new InputCounts(3, 4, 4, 1, 0, 1, 0));
            return new ScanReport(ScanReport.SCHEMA_VERSION, TOOL, target, List.of(), findings, List.of(), criteria,
                    aspects, List.of(), List.of(), kpis);
        }
    }
}
