package dev.cairn.maturity.criteria.process;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepKind;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CiPipelines;
import java.util.List;

/**
 * PRC-3: failed builds, tests and deployments reach an agreed channel and get fixed; a manual channel is
 * enough at Level 1. Mostly a question (cnmm-level1.md §2.6): a notification step in CI (Slack, Teams,
 * e-mail, a webhook) is a hint the answer overrides.
 * <ul>
 *   <li>MET (hint): a pipeline notifies a channel;</li>
 *   <li>PARTIAL (hint): pipelines that notify nobody (only the CI system's own e-mails to whoever pushed);</li>
 *   <li>UNKNOWN: no CI pipeline; the answer tells how failures are reported.</li>
 * </ul>
 */
public final class FailureNotificationEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "PRC-3";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        if (CiPipelines.of(evidence).isEmpty()) {
            return Observation.unknown("no CI pipeline to report failures from");
        }
        List<Pipeline> notifying = CiPipelines.doing(CiPipelines.of(evidence), StepKind.NOTIFICATION);
        if (!notifying.isEmpty()) {
            return Observation.met(notifying.get(0).path() + " reports to a channel",
                    CiPipelines.evidence(notifying, StepKind.NOTIFICATION, "notification", 5)).asHint();
        }
        return Observation.partial(CiPipelines.of(evidence).size() + " CI pipeline(s), none of which notifies a channel:"
                + " report failures to the team's chat or mailing list, with an owner for the fix", List.of()).asHint();
    }
}
