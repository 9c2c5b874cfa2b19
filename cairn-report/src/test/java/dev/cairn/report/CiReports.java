package dev.cairn.report;

import dev.cairn.core.check.ComplianceRef;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.EvidenceKind;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.model.SuppressionKind;
import dev.cairn.core.model.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A report for the CI formats, built on {@link Reports}: every severity, the three kinds of suppression, a
 * finding without a span and without an object, a path that needs percent-encoding, a check that threw,
 * one that was not available, a custom check no catalog knows, and a criterion of every outcome.
 */
final class CiReports {
    private CiReports() {}

    static final Finding PRIVILEGED = new Finding(CheckId.of("K8S-001"), "privileged-container", Severity.CRITICAL,
            Aspect.TECHNOLOGY, List.of("TEC-8"), "container \"web\" is privileged: remove securityContext.privileged",
            new Location(SourcePath.of("deploy/base/deployment.yaml"), new Span(22, 11, 22, 27),
                    "/spec/template/spec/containers/0/securityContext/privileged", 0),
            Reports.WEB, "1234567890abcdef1234567890abcdef", null);
    static final Finding DEFAULT_NAMESPACE = new Finding(CheckId.of("K8S-009"), "default-namespace", Severity.INFO,
            Aspect.TECHNOLOGY, List.of("TEC-14"), "ConfigMap settings has no namespace",
            new Location(SourcePath.of("deploy/base/configmap.yaml"), new Span(4, 3, 4, 20), "/metadata", 0),
            new ObjectRef("v1", "ConfigMap", null, "settings"), "aaaabbbbccccddddeeeeffff00001111",
            Suppression.annotation("the namespace is set by kustomize"));
    static final Finding LEGACY_TAG = new Finding(CheckId.of("K8S-006"), "image-tag-latest", Severity.MEDIUM,
            Aspect.TECHNOLOGY, List.of("TEC-3"), "container \"job\" uses image nightly:latest",
            new Location(SourcePath.of("deploy/legacy app/job:v1.yaml"), new Span(9, 16, 9, 28),
                    "/spec/template/spec/containers/0/image", 0),
            new ObjectRef("batch/v1", "Job", "batch", "nightly"), "0000111122223333444455556666777f",
            new Suppression(SuppressionKind.BASELINE, "present in the baseline report", null, null));
    static final Finding TEAM_LABEL = new Finding(CheckId.of("CEL-001"), "team-label", Severity.LOW,
            Aspect.POLICY, List.of("POL-2"), "the kustomization sets no team label",
            Location.file(SourcePath.of("deploy/base/kustomization.yaml")), null,
            "fedcba9876543210fedcba9876543210", null);

    static final String RUN_AS_NON_ROOT_PAGE = """
            ## Rationale

            A container that runs as root can take over the node
            when it escapes its namespaces.

            ## Remediation

            Set `runAsNonRoot: true`.
            """;

    /** Every section and every case the CI formats distinguish. */
    static ScanReport ci() {
        ScanReport full = Reports.full();
        List<Finding> findings = new ArrayList<>(full.findings());
        findings.addAll(List.of(PRIVILEGED, DEFAULT_NAMESPACE, LEGACY_TAG, TEAM_LABEL));
        findings.sort(Finding.ORDER);
        List<CheckResult> checks = new ArrayList<>(full.checks());
        checks.addAll(List.of(
                new CheckResult(CheckId.of("K8S-001"), "privileged-container", CheckStatus.FAIL, 1, 0, null),
                new CheckResult(CheckId.of("K8S-009"), "default-namespace", CheckStatus.SUPPRESSED, 0, 1, null),
                new CheckResult(CheckId.of("K8S-006"), "image-tag-latest", CheckStatus.SUPPRESSED, 0, 1, null),
                new CheckResult(CheckId.of("CEL-001"), "team-label", CheckStatus.FAIL, 1, 0, null),
                new CheckResult(CheckId.of("CLU-001"), "audit-logging", CheckStatus.NOT_AVAILABLE, 0, 0, null)));
        checks.sort(Comparator.comparing(CheckResult::checkId));
        List<CriterionResult> criteria = List.of(
                new CriterionResult("PEO-1", Aspect.PEOPLE, Tier.CORE, "A scoped first project with a sponsor", Outcome.MET,
                        Confidence.ATTESTED, "answered yes",
                        List.of(new EvidenceItem(EvidenceKind.ANSWER, "answered yes: checkout POC, sponsor VP Eng",
                                null, null, null, "PEO-1", null)), null),
                new CriterionResult("PRC-3", Aspect.PROCESS, Tier.SUPPORTING, "Failures reach the people who fix them",
                        Outcome.PARTIAL, Confidence.OBSERVED, "the pipeline notifies nobody on failure",
                        List.of(new EvidenceItem(EvidenceKind.FILE, "pipeline builds the image but does not push it",
                                Location.at(SourcePath.of(".github/workflows/ci.yaml"), new Span(12, 7, 12, 30)),
                                null, null, null, null)), null),
                Reports.criterion(),
                new CriterionResult("POL-6", Aspect.POLICY, Tier.CORE, "Draft SLOs", Outcome.UNKNOWN, null,
                        "no SLO files found and no answer", List.of(), null),
                new CriterionResult("BIZ-2", Aspect.BUSINESS_OUTCOMES, Tier.OPTIONAL, "POC findings written down",
                        Outcome.NOT_APPLICABLE, Confidence.ATTESTED, "declared not applicable", List.of(), null));
        return new ScanReport(full.schemaVersion(), full.tool(), full.target(), full.notes(), findings, checks,
                criteria, full.aspects(), full.nextSteps(), full.levelTwoPreview(), full.kpis());
    }

    /**
     * What the command line would hand in, for every check but the custom one. K8S-012 defaults to low here
     * while its finding says medium: the configured severity the scan used.
     */
    static RuleCatalog catalog() {
        return RuleCatalog.of(List.of(
                rule("CI-004", "pipeline-timeout", "Pipeline jobs have a timeout", Severity.LOW, Aspect.PROCESS, List.of("PRC-4")),
                rule("CLU-001", "audit-logging", "The API server writes an audit log", Severity.MEDIUM, Aspect.POLICY, List.of()),
                rule("DKR-001", "pinned-base-image", "Base image is pinned to a digest", Severity.LOW, Aspect.TECHNOLOGY, List.of()),
                rule("K8S-001", "privileged-container", "Container runs privileged", Severity.HIGH, Aspect.TECHNOLOGY, List.of("TEC-8")),
                new RuleInfo(CheckId.of("K8S-003"), "run-as-non-root", "Container may run as root", Severity.HIGH,
                        Aspect.TECHNOLOGY, List.of("TEC-8"),
                        List.of(ComplianceRef.cis("5.2.7", "Minimize the admission of root containers"),
                                ComplianceRef.nsa("Non-root containers")),
                        RUN_AS_NON_ROOT_PAGE, RuleInfo.HELP_BASE + "K8S-003"),
                rule("K8S-006", "image-tag-latest", "Image uses the latest tag", Severity.MEDIUM, Aspect.TECHNOLOGY, List.of("TEC-3")),
                rule("K8S-009", "default-namespace", "Object in the default namespace", Severity.LOW, Aspect.TECHNOLOGY, List.of("TEC-14")),
                rule("K8S-012", "resource-limits", "Container has no memory limit", Severity.LOW, Aspect.TECHNOLOGY, List.of("TEC-9", "TEC-12")),
                rule("K8S-020", "pdb-coverage", "Workload has no PodDisruptionBudget", Severity.MEDIUM, Aspect.TECHNOLOGY, List.of()),
                rule("K8S-041", "committed-secret", "Secret committed in plain text", Severity.HIGH, Aspect.TECHNOLOGY, List.of("TEC-29")),
                rule("REPO-001", "codeowners", "Repository has a CODEOWNERS file", Severity.LOW, Aspect.PEOPLE, List.of())));
    }

    private static RuleInfo rule(String id, String slug, String title, Severity severity, Aspect aspect, List<String> criteria) {
        return new RuleInfo(CheckId.of(id), slug, title, severity, aspect, criteria, List.of(), null,
                RuleInfo.HELP_BASE + id);
    }
}
