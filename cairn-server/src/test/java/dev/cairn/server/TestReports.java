package dev.cairn.server;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
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
import dev.cairn.report.JsonReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Scan reports for the server tests, built from the model and written as {@code cairn scan --format json} writes them. */
final class TestReports {
    static final ToolInfo TOOL = new ToolInfo("cairn", "0.1.0", "2026.11");

    private TestReports() {}

    /** A counting finding of a Deployment's container at an exact line, with a fingerprint made from its check and path (lines never enter one). */
    static Finding finding(String checkId, Severity severity, String path, int line, String message) {
        return finding(checkId, severity, path, line, message, fingerprint(checkId + path));
    }

    static Finding finding(String checkId, Severity severity, String path, int line, String message, String fingerprint) {
        return new Finding(CheckId.of(checkId), "slug-" + checkId.toLowerCase(), severity, Aspect.TECHNOLOGY,
                List.of("TEC-8"), message, new Location(SourcePath.of(path), new Span(line, 7, line, 19),
                "/spec/template/spec/containers/0", 0), new ObjectRef("apps/v1", "Deployment", "shop", "web"),
                fingerprint, null);
    }

    static String fingerprint(String name) {
        return String.format("%32s", Integer.toHexString(name.hashCode())).replace(' ', '0');
    }

    static CriterionResult criterion(String id, Aspect aspect, Outcome outcome) {
        return new CriterionResult(id, aspect, Tier.CORE, "title of " + id, outcome, Confidence.OBSERVED,
                id + " is " + outcome.name().toLowerCase(), List.of(), null);
    }

    static AspectScore aspect(Aspect aspect, AspectState state, Integer score) {
        return new AspectScore(aspect, state, score, 0.75);
    }

    static KpiValue kpi(String id, double value, String unit, Double target) {
        return new KpiValue(id, value, unit, null, "git tags matching v*", "90d",
                target == null ? null : new KpiTarget(null, target, unit, "cto", "ship faster", "git-tags"),
                target == null ? KpiStatus.NO_DATA : KpiStatus.OFF_TRACK, List.of());
    }

    static ScanReport report(String repository, String commit, Instant at, List<Finding> findings,
                             List<CriterionResult> criteria, List<AspectScore> aspects, List<KpiValue> kpis) {
        Target target = new Target(".", repository, commit, at, 420, new InputCounts(3, 4, 4, 1, 0, 1, 0));
        return new ScanReport(ScanReport.SCHEMA_VERSION, TOOL, target, List.of(), new ArrayList<>(findings), List.of(),
                criteria, aspects, List.of(), List.of(), kpis);
    }

    static String json(ScanReport report) {
        StringWriter out = new StringWriter();
        try {
            new JsonReporter().write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
