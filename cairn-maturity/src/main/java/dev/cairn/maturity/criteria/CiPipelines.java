package dev.cairn.maturity.criteria;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.maturity.assess.AssessmentEvidence;
import java.util.Arrays;
import java.util.List;

/**
 * The CI pipelines as evidence for the criteria that ask what CI does: which pipelines run at all, which do a
 * kind of work, whether they run on every change, and where, as evidence items.
 */
public final class CiPipelines {
    private static final String GITHUB_WORKFLOWS = ".github/workflows/";

    private CiPipelines() {}

    /**
     * The pipelines that can run: all but GitHub workflows outside the root's {@code .github/workflows/}
     * (an example project's workflow, a template), which GitHub never starts.
     */
    public static List<Pipeline> of(AssessmentEvidence evidence) {
        return evidence.pipelines().stream()
                .filter(p -> p.system() != CiSystem.GITHUB_ACTIONS || p.path().value().startsWith(GITHUB_WORKFLOWS))
                .toList();
    }

    /** The pipelines that do any of the kinds of work, in their order. */
    public static List<Pipeline> doing(List<Pipeline> pipelines, StepKind... kinds) {
        return pipelines.stream().filter(p -> Arrays.stream(kinds).anyMatch(p::has)).toList();
    }

    /** Runs on every change: a push or a pull (merge) request starts it, declared or by the system's default. */
    public static boolean onEveryChange(Pipeline pipeline) {
        return pipeline.triggeredBy(Trigger.PUSH) || pipeline.triggeredBy(Trigger.PULL_REQUEST);
    }

    /** Where the pipelines show the kind (the commands or steps), at most {@code max} items. */
    public static List<EvidenceItem> evidence(List<Pipeline> pipelines, StepKind kind, String summary, int max) {
        return pipelines.stream().flatMap(p -> p.evidence(kind).stream()).limit(max)
                .map(location -> EvidenceItem.file(location, summary)).toList();
    }
}
