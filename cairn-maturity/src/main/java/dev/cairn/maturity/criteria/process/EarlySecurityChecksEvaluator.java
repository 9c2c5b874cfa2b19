package dev.cairn.maturity.criteria.process;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CiPipelines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PRC-12: at least one automated security check runs early, in a pre-commit hook or in CI: secret scanning
 * (gitleaks, trufflehog, detect-secrets), dependency scanning (OWASP Dependency-Check, {@code trivy fs},
 * grype, osv-scanner, {@code snyk test}, {@code npm audit}) or static security analysis (CodeQL, Semgrep,
 * find-sec-bugs), as the step classifier knows them, or such a hook in {@code .pre-commit-config.yaml}.
 * <ul>
 *   <li>MET: such a check in a pipeline that runs on every change, or a pre-commit hook;</li>
 *   <li>PARTIAL: only in pipelines that run later (tags, schedules, by hand), or only image or configuration
 *       scans (PRC-13's);</li>
 *   <li>NOT_MET: none.</li>
 * </ul>
 */
public final class EarlySecurityChecksEvaluator implements Evaluator {
    private static final StepKind[] EARLY_CHECKS = {StepKind.SECRET_SCAN, StepKind.DEPENDENCY_SCAN, StepKind.SAST};
    private static final Pattern HOOK = Pattern.compile("gitleaks|trufflehog|detect-secrets|talisman|git-secrets|ggshield|semgrep|bandit|gosec");

    @Override
    public String criterion() {
        return "PRC-12";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<Pipeline> checking = CiPipelines.doing(CiPipelines.of(evidence), EARLY_CHECKS);
        List<Pipeline> early = checking.stream().filter(CiPipelines::onEveryChange).toList();
        List<TextMatch> hooks = evidence.files().grep(HOOK, ".pre-commit-config.yaml", ".pre-commit-config.yml");
        List<EvidenceItem> items = new ArrayList<>();
        for (StepKind kind : EARLY_CHECKS) {
            items.addAll(CiPipelines.evidence(early.isEmpty() ? checking : early, kind, describe(kind), 3));
        }
        hooks.stream().limit(2).forEach(m -> items.add(EvidenceItem.file(m.location(), "pre-commit hook: " + m.text().strip())));
        if (!early.isEmpty() || !hooks.isEmpty()) {
            return Observation.met(items.get(0).summary() + " runs on every change (" + items.get(0).location().path() + ")", items);
        }
        if (!checking.isEmpty()) {
            return Observation.partial(items.get(0).summary() + " runs in " + checking.get(0).path()
                    + ", but not on every push or pull request: run it early in the flow", items);
        }
        List<Pipeline> scanning = CiPipelines.doing(CiPipelines.of(evidence), StepKind.VULNERABILITY_SCAN, StepKind.CONFIG_SCAN);
        if (!scanning.isEmpty()) {
            List<EvidenceItem> scans = new ArrayList<>(CiPipelines.evidence(scanning, StepKind.VULNERABILITY_SCAN, "image scan", 3));
            scans.addAll(CiPipelines.evidence(scanning, StepKind.CONFIG_SCAN, "configuration scan", 3));
            return Observation.partial("only image or configuration scans (" + scanning.get(0).path() + "): add secret"
                    + " scanning (gitleaks) or dependency scanning (trivy fs, osv-scanner) on every change", scans);
        }
        return Observation.notMet("no secret, dependency or static security scan in CI or pre-commit: add one, e.g."
                + " gitleaks or trivy fs on every pull request");
    }

    private static String describe(StepKind kind) {
        return switch (kind) {
            case SECRET_SCAN -> "secret scanning";
            case DEPENDENCY_SCAN -> "dependency scanning";
            default -> "static security analysis";
        };
    }
}
