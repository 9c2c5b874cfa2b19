package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.ci.CiHardening;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.util.ArrayList;
import java.util.List;

/**
 * TEC-28: the pipeline itself is hardened (after OpenSSF Scorecard's Token-Permissions, Pinned-Dependencies and
 * Dangerous-Workflow). For every GitHub Actions workflow, four practices:
 * <ol>
 *   <li>least-privilege token: top-level {@code permissions} that grant no write scope, or, without them, every job
 *       declaring its own;</li>
 *   <li>third-party actions pinned to a full commit SHA (unpinned {@code actions/*} and {@code github/*} actions are
 *       shown but not held against it);</li>
 *   <li>no long-lived cloud keys passed from secrets (OIDC federation instead);</li>
 *   <li>no {@code pull_request_target} or {@code workflow_run} workflow that checks out the pull request's code.</li>
 * </ol>
 * NOT_MET: a dangerous checkout, or two or more of the first three practices missing; PARTIAL: one missing; MET:
 * all four hold. UNKNOWN without GitHub Actions workflows: cairn judges the hardening of other CI systems (masked
 * variables, credential bindings) only as far as they show in the repository, which is not far enough.
 */
public final class HardenedPipelineEvaluator implements Evaluator {
    static final int MAX_ITEMS = 10;

    @Override
    public String criterion() {
        return "TEC-28";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<Pipeline> workflows = evidence.pipelines().stream().filter(p -> p.system() == CiSystem.GITHUB_ACTIONS).toList();
        if (workflows.isEmpty()) {
            return Observation.unknown(evidence.pipelines().isEmpty() ? "no CI pipelines to judge"
                    : "pipeline hardening is judged for GitHub Actions workflows only");
        }
        List<EvidenceItem> dangerous = new ArrayList<>();
        List<EvidenceItem> writeTokens = new ArrayList<>();
        List<EvidenceItem> unpinned = new ArrayList<>();
        List<EvidenceItem> keys = new ArrayList<>();
        List<EvidenceItem> good = new ArrayList<>();
        for (Pipeline workflow : workflows) {
            CiHardening h = CiHardening.of(workflow);
            h.dangerousCheckouts().forEach(d -> dangerous.add(EvidenceItem.file(d.location(), d.trigger()
                    + " checks out the pull request's code (" + d.ref() + ")")));
            if (!leastPrivilege(workflow, h)) {
                writeTokens.add(EvidenceItem.file(h.hasTopLevelPermissions() ? h.topLevelPermissions().location() : workflow.location(),
                        workflow.path() + (h.hasTopLevelPermissions() ? " grants write permissions to every job"
                                : " sets no permissions, so its token gets the repository default")));
            } else {
                good.add(EvidenceItem.file(h.hasTopLevelPermissions() ? h.topLevelPermissions().location() : workflow.location(),
                        workflow.path() + " limits its token"));
            }
            h.unpinnedThirdParty().forEach(a -> unpinned.add(EvidenceItem.file(a.location(), a.uses() + " is not pinned to a commit SHA")));
            h.longLivedKeys().forEach(k -> keys.add(EvidenceItem.file(k.location(), "long-lived " + k.cloud() + " key " + k.name())));
            h.oidcLogins().stream().filter(CiHardening.OidcLogin::idTokenWrite)
                    .forEach(o -> good.add(EvidenceItem.file(o.location(), o.uses() + " logs in through OIDC")));
        }
        List<String> missing = new ArrayList<>();
        if (!writeTokens.isEmpty()) missing.add("least-privilege tokens (" + writeTokens.get(0).summary() + ")");
        if (!unpinned.isEmpty()) missing.add("pinned actions (" + Wording.count(unpinned.size(), "third-party action")
                + " not pinned to a SHA, e.g. " + unpinned.get(0).summary().replace(" is not pinned to a commit SHA", "") + ")");
        if (!keys.isEmpty()) missing.add("OIDC instead of stored keys (" + keys.get(0).summary() + ")");
        List<EvidenceItem> items = new ArrayList<>();
        items.addAll(dangerous);
        items.addAll(writeTokens);
        items.addAll(unpinned.stream().limit(4).toList());
        items.addAll(keys);
        items.addAll(good);
        items = items.stream().limit(MAX_ITEMS).toList();
        if (!dangerous.isEmpty()) {
            return Observation.notMet("a privileged workflow runs pull request code: " + dangerous.get(0).summary(), items);
        }
        if (missing.size() >= 2) {
            return Observation.notMet("the workflows lack " + String.join(" and ", missing), items);
        }
        if (missing.size() == 1) {
            return Observation.partial("the workflows lack " + missing.get(0), items);
        }
        return Observation.met(Wording.count(workflows.size(), "workflow") + " with least-privilege tokens, pinned"
                + " third-party actions, no stored cloud keys and no dangerous triggers", items);
    }

    /** Read-only top-level permissions, or none at top level and every job declaring its own without write-all. */
    static boolean leastPrivilege(Pipeline workflow, CiHardening h) {
        if (h.hasTopLevelPermissions()) {
            return h.topLevelReadOnly();
        }
        return !workflow.jobs().isEmpty() && workflow.jobs().stream().map(Job::permissions)
                .allMatch(p -> p != null && !"write-all".equals(p.all()));
    }
}
