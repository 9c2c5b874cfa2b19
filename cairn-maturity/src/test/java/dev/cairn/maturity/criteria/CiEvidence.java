package dev.cairn.maturity.criteria;

import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.CheckOutcomes;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assessment evidence holding one GitHub workflow with one job, for evaluator tests of step combinations
 * that a criteria fixture (a workflow file read by the real CI reader) would spell out at length.
 */
public final class CiEvidence {
    public static final SourcePath WORKFLOW = SourcePath.of(".github/workflows/ci.yml");

    private CiEvidence() {}

    public static AssessmentEvidence withStep(String jobId, String stepName, String uses, int line, StepKind... kinds) {
        return withSteps(jobId, step(stepName, uses, line, kinds));
    }

    /** A step at the line, indented as a GitHub workflow's steps are. */
    public static Step step(String name, String uses, int line, StepKind... kinds) {
        Location at = Location.at(WORKFLOW, new Span(line, 9, line + 1, 1));
        return new Step(name, at, uses, null, Map.of(), Set.of(kinds), null, Map.of(), List.of(), Map.of());
    }

    /** One job holding the steps, starting three lines above the first. */
    public static AssessmentEvidence withSteps(String jobId, Step... steps) {
        int first = steps[0].location().span().startLine();
        Job job = new Job(jobId, jobId, Location.at(WORKFLOW, new Span(first - 3, 3, first + steps.length, 1)), null, List.of(),
                null, List.of(steps), null, null, null, List.of(), Map.of(), Map.of());
        Pipeline pipeline = new Pipeline(WORKFLOW, CiSystem.GITHUB_ACTIONS, "ci", List.of(), List.of(job), null,
                Location.file(WORKFLOW), List.of(), Map.of(), Map.of());
        return new AssessmentEvidence(new RepositoryFiles(List.of(WORKFLOW), Map.of()), List.of(pipeline), ManifestFacts.none(),
                new ObjectIndex(List.of()), CheckOutcomes.none(), null, List.of(), KpiConfig.NONE, LocalDate.parse("2026-11-23"));
    }
}
