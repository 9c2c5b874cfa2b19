package dev.cairn.maturity.criteria.people;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.history.Commit;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PEO-6: development, operations and security reviewed pre-production security together, and the posture of
 * the open-source components has a baseline. The baseline is what cairn can see: a CI step that scans
 * images, dependencies or Kubernetes configuration or writes an SBOM (Trivy, Grype, kubescape, kube-bench,
 * Syft, ...; {@link StepKind}), an OpenSSF Scorecard step ({@code ossf/scorecard-action}), or committed scanner
 * reports and SBOMs ({@code trivy*.json}, {@code grype*.json}, {@code kubescape*.json}, {@code *.sarif},
 * {@code *.cdx.json}, {@code *.spdx.json}); test data and examples do not count. Git history dates the oldest change to the
 * scanning workflow in the window read. The joint review itself only the answer can confirm: an answer
 * {@code no} against an observed baseline makes the criterion PARTIAL, as half of it is done.
 * <ul>
 *   <li>MET: a scan or Scorecard step in CI, or committed reports or SBOMs;</li>
 *   <li>NOT_MET: none of these, and cairn read the CI pipelines, which do not scan;</li>
 *   <li>UNKNOWN: none of these, and there is no CI configuration, or none that cairn could read into a
 *       pipeline: scans may run where cairn cannot see them.</li>
 * </ul>
 */
public final class SecurityBaselineEvaluator implements Evaluator {
    /** The step kinds that record a baseline, in the order the summary prefers them. */
    private static final List<StepKind> BASELINE = List.of(StepKind.VULNERABILITY_SCAN, StepKind.DEPENDENCY_SCAN,
            StepKind.SBOM, StepKind.CONFIG_SCAN);
    private static final Pattern REPORT = Pattern.compile(
            "(^|/)((trivy|grype|kubescape|kube-bench|sbom)[^/]*\\.json|[^/]+\\.(sarif|cdx\\.json|cdx\\.xml|spdx\\.json|spdx)|bom\\.(json|xml))$");
    private static final Pattern NOT_A_BASELINE = Pattern.compile("(^|/)(tests?|testdata|fixtures?|examples?|samples?)/");
    private static final Pattern CI_FILE = Pattern.compile("^\\.github/workflows/[^/]+\\.ya?ml$|^\\.gitlab-ci\\.ya?ml$|(^|/)jenkinsfile$"
            + "|^azure-pipelines\\.ya?ml$|^\\.circleci/config\\.ya?ml$|^bitbucket-pipelines\\.ya?ml$|^cloudbuild\\.ya?ml$"
            + "|^\\.(drone|woodpecker)(\\.ya?ml$|/)|^\\.(tekton|buildkite)/");

    @Override
    public String criterion() {
        return "PEO-6";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> items = new ArrayList<>();
        List<String> found = new ArrayList<>();
        List<ScanStep> scans = new ArrayList<>();
        for (Pipeline pipeline : evidence.pipelines()) {
            for (Step step : pipeline.steps()) {
                int rank = rank(step);
                if (rank < Integer.MAX_VALUE) {
                    scans.add(new ScanStep(pipeline.path(), step, rank));
                }
            }
        }
        scans.stream().limit(5).forEach(s -> items.add(EvidenceItem.file(s.step().location(), "security scan step: " + s.name())));
        Optional<ScanStep> named = scans.stream().min(Comparator.comparingInt(ScanStep::rank));
        named.ifPresent(s -> found.add(s.name() + " runs in " + s.pipeline()));
        Optional<SourcePath> scanningWorkflow = named.map(ScanStep::pipeline);
        List<SourcePath> reports = evidence.files().paths().stream()
                .filter(p -> isReport(p.value()) && !NOT_A_BASELINE.matcher(p.value()).find())
                .toList();
        if (!reports.isEmpty()) {
            found.add(reports.size() + (reports.size() == 1 ? " committed scan report or SBOM (" : " committed scan reports or SBOMs (")
                    + reports.get(0) + ")");
            reports.stream().limit(3).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "scan report or SBOM")));
        }
        if (found.isEmpty()) {
            if (!evidence.pipelines().isEmpty()) {
                return Observation.notMet("no security baseline: no image, dependency or configuration scan in CI, no Scorecard"
                        + " run and no committed scan report or SBOM; scan pre-production with Trivy or kubescape and keep"
                        + " the result");
            }
            Optional<SourcePath> ci = evidence.files().paths().stream()
                    .filter(p -> CI_FILE.matcher(p.value().toLowerCase(Locale.ROOT)).find()).findFirst();
            return Observation.unknown(ci.map(p -> "cairn read no pipeline from " + p + ", so it cannot tell whether CI scans")
                    .orElse("no CI configuration, scan report or SBOM in the repository")
                    + ": answer PEO-6, or commit the pre-production scan results");
        }
        Optional<Commit> first = scanningWorkflow.flatMap(p -> firstChange(evidence, p));
        first.ifPresent(c -> {
            found.set(0, found.get(0) + ", first changed on " + LocalDate.ofInstant(c.committerTime(), ZoneOffset.UTC));
            items.add(EvidenceItem.commit(c.id(), "oldest change to the scanning workflow: " + c.subject()));
        });
        return Observation.met("the open-source security posture has a baseline: " + String.join("; ", found)
                + "; the answer confirms the joint pre-production review", items);
    }

    /**
     * Whether the path names a scan report or SBOM. Every file of the repository is asked, and {@link #REPORT}
     * searched from each position of a path is slow on large trees: its endings are tested first.
     */
    private static boolean isReport(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".json") || lower.endsWith(".sarif") || lower.endsWith(".xml") || lower.endsWith(".spdx"))
                && REPORT.matcher(lower).find();
    }

    /** A step that records the posture, and how well it shows it (lower first: the one the summary names). */
    private record ScanStep(SourcePath pipeline, Step step, int rank) {
        String name() {
            return rank == 0 ? "OpenSSF Scorecard" : step.label();
        }
    }

    /**
     * Scorecard, then image and dependency vulnerability scans, then SBOMs, then configuration scans (a
     * configuration scan is a baseline of the manifests rather than of the open-source components);
     * {@link Integer#MAX_VALUE} for a step that records no baseline.
     */
    private static int rank(Step step) {
        if (step.uses() != null && step.uses().startsWith("ossf/scorecard-action")) return 0;
        for (int i = 0; i < BASELINE.size(); i++) {
            if (step.has(BASELINE.get(i))) return i + 1;
        }
        return Integer.MAX_VALUE;
    }

    /** The oldest commit of the history read that changed the file. */
    private static Optional<Commit> firstChange(AssessmentEvidence evidence, SourcePath path) {
        return evidence.git().flatMap(h -> h.commits().stream().filter(c -> c.paths().contains(path.value()))
                .min(Comparator.comparing(Commit::committerTime)));
    }
}
