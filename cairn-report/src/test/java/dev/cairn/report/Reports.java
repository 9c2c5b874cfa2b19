package dev.cairn.report;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.EvidenceKind;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.InputCounts;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiTarget;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.LevelTwoItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.NextStep;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.model.SuppressionKind;
import dev.cairn.core.model.Target;
import dev.cairn.core.model.Tier;
import dev.cairn.core.model.ToolInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Realistic reports for the reporter tests, with a fixed clock. */
final class Reports {
    private Reports() {}

    static final Instant SCANNED_AT = Instant.parse("2026-03-01T09:30:00Z");
    static final ObjectRef WEB = new ObjectRef("apps/v1", "Deployment", "shop", "web");
    static final Location WEB_CONTAINER = new Location(SourcePath.of("deploy/base/deployment.yaml"),
            new Span(21, 11, 21, 30), "/spec/template/spec/containers/0", 0);

    static final Finding DOCKERFILE_UNPINNED = new Finding(CheckId.of("DKR-001"), "pinned-base-image", Severity.LOW,
            Aspect.TECHNOLOGY, List.of(), "base image node:latest is not pinned to a digest",
            Location.at(SourcePath.of("Dockerfile"), new Span(1, 1, 1, 17)), null,
            "0f1e2d3c4b5a69788796a5b4c3d2e1f0", null);
    static final Finding RUNS_AS_ROOT = new Finding(CheckId.of("K8S-003"), "run-as-non-root", Severity.HIGH,
            Aspect.TECHNOLOGY, List.of("TEC-8"),
            "container \"web\" may run as root: set securityContext.runAsNonRoot: true",
            WEB_CONTAINER, WEB, "3f2c1ab9d0e4f5a6b7c8d9e0f1a2b3c4", null);
    static final Finding NO_MEMORY_LIMIT = new Finding(CheckId.of("K8S-012"), "resource-limits", Severity.MEDIUM,
            Aspect.TECHNOLOGY, List.of("TEC-9", "TEC-12"), "container \"web\" has no memory limit",
            new Location(SourcePath.of("deploy/base/deployment.yaml"), new Span(24, 11, 26, 5),
                    "/spec/template/spec/containers/0/resources", 0),
            WEB, "9a8b7c6d5e4f30211203f4e5d6c7b8a9", null);
    static final Finding COMMITTED_SECRET = new Finding(CheckId.of("K8S-041"), "committed-secret", Severity.HIGH,
            Aspect.TECHNOLOGY, List.of("TEC-29"), "Secret data is committed in plain text",
            new Location(SourcePath.of("deploy/base/secret.yaml"), new Span(7, 3, 7, 20), "/data", 0),
            new ObjectRef("v1", "Secret", "shop", "db"), "5566778899aabbccddeeff0011223344",
            new Suppression(SuppressionKind.WAIVER, "test credentials only", "team-shop", LocalDate.of(2026, 6, 30)));

    /** Findings, notes and checks; no maturity sections, as a plain {@code cairn scan} produces today. */
    static ScanReport small() {
        return new ScanReport(ScanReport.SCHEMA_VERSION, tool(), target(), notes(),
                List.of(DOCKERFILE_UNPINNED, RUNS_AS_ROOT, NO_MEMORY_LIMIT, COMMITTED_SECRET), checks(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Every section filled, so that every definition of the schema is exercised. */
    static ScanReport full() {
        ScanReport s = small();
        return new ScanReport(s.schemaVersion(), s.tool(), s.target(), s.notes(), s.findings(), s.checks(),
                List.of(criterion()),
                List.of(new AspectScore(Aspect.TECHNOLOGY, AspectState.IN_PROGRESS, 67, 1.0),
                        new AspectScore(Aspect.BUSINESS_OUTCOMES, AspectState.INSUFFICIENT_EVIDENCE, null, 0.25)),
                List.of(new NextStep(1, "TEC-8", "Containers may run as root", CheckId.of("K8S-003"), WEB_CONTAINER, null),
                        new NextStep(2, "POL-6", "No SLO defined for the service", null, null,
                                "add an OpenSLO file: cairn checks explain POL-6")),
                List.of(new LevelTwoItem(Aspect.PROCESS, "Progressive delivery",
                        "Roll changes out gradually and roll back on failing health checks.")),
                List.of(new KpiValue("deployment-frequency", 1.4, "per-week", "weekly", "git tags matching v*", "90d",
                        new KpiTarget(0.5, 2.0, "per-week", "team-shop", "ship every week", ".cairn.yaml"),
                        KpiStatus.ON_TRACK, List.of("3 tags in the window are not on the default branch"))));
    }

    static ToolInfo tool() {
        return new ToolInfo("cairn", "0.1.0", "2026.03");
    }

    static Target target() {
        return new Target("examples/shop", "https://github.com/acme/shop.git",
                "3f2c1ab9d0e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8", SCANNED_AT, 412,
                new InputCounts(14, 25, 23, 1, 0, 1, 1));
    }

    static List<Note> notes() {
        return List.of(
                Note.file(SourcePath.of("assets/video.mp4"), NoteKind.SKIPPED_LARGE_FILE, "12 MiB is over the 5 MiB cap"),
                new Note(SourcePath.of("deploy/base/values.yaml"), 3, NoteKind.NOT_AN_OBJECT, "document 1 has no kind"));
    }

    static List<CheckResult> checks() {
        return List.of(
                new CheckResult(CheckId.of("CI-004"), "pipeline-timeout", CheckStatus.NOT_APPLICABLE, 0, 0, null),
                new CheckResult(CheckId.of("DKR-001"), "pinned-base-image", CheckStatus.FAIL, 1, 0, null),
                new CheckResult(CheckId.of("K8S-003"), "run-as-non-root", CheckStatus.FAIL, 1, 0, null),
                new CheckResult(CheckId.of("K8S-012"), "resource-limits", CheckStatus.FAIL, 1, 0, null),
                new CheckResult(CheckId.of("K8S-020"), "pdb-coverage", CheckStatus.ERROR, 0, 0,
                        "index lookup failed: NullPointerException"),
                new CheckResult(CheckId.of("K8S-041"), "committed-secret", CheckStatus.SUPPRESSED, 0, 1, null),
                new CheckResult(CheckId.of("REPO-001"), "codeowners", CheckStatus.PASS, 0, 0, null));
    }

    static CriterionResult criterion() {
        return new CriterionResult("TEC-8", Aspect.TECHNOLOGY, Tier.CORE, "Containers run without privileges",
                Outcome.NOT_MET, Confidence.OBSERVED, "Containers may run as root",
                List.of(new EvidenceItem(EvidenceKind.CHECK, "K8S-003 failed on Deployment shop/web", WEB_CONTAINER,
                                null, WEB, null, CheckId.of("K8S-003")),
                        new EvidenceItem(EvidenceKind.COMMIT, "securityContext removed", null,
                                "0123456789abcdef0123456789abcdef01234567", null, null, null),
                        new EvidenceItem(EvidenceKind.ANSWER, "answered: containers never run as root", null, null,
                                null, "tec-8-non-root", null)),
                "answered met, but K8S-003 found a container that may run as root");
    }

    static String render(Reporter reporter, ScanReport report) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(report, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }
}
