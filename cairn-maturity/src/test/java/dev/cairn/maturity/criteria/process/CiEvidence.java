package dev.cairn.maturity.criteria.process;

import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.StepClassifier;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.CheckOutcomes;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GitHub workflows built by hand, with step kinds from the real {@link StepClassifier}, for the CI criteria's
 * unit tests; the engine fixtures read real workflow files.
 */
final class CiEvidence {
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private CiEvidence() {}

    static Location at(String path, int line) {
        return Location.at(SourcePath.of(path), new Span(line, 1, line, 2));
    }

    /** A workflow {@code .github/workflows/<name>.yml} started by the events, with one job of the steps. */
    static Pipeline workflow(String name, List<String> events, Step... steps) {
        return workflowAt(".github/workflows/" + name + ".yml", events, steps);
    }

    /** A GitHub workflow file at any path. */
    static Pipeline workflowAt(String path, List<String> events, Step... steps) {
        String name = SourcePath.of(path).fileName();
        List<Trigger> triggers = events.stream().map(e -> new Trigger(e, at(path, 2), e)).toList();
        Job job = new Job("build", "build", at(path, 5), null, List.of(), null, List.of(steps), null, null, null,
                List.of(), Map.of(), Map.of());
        return new Pipeline(SourcePath.of(path), CiSystem.GITHUB_ACTIONS, name, triggers, List.of(job), null, at(path, 1),
                List.of(), Map.of(), Map.of());
    }

    static Step run(String path, int line, String script) {
        return new Step(null, at(path, line), null, script, Map.of(), StepClassifier.classifyCommand(script), null, Map.of(),
                List.of(), Map.of());
    }

    static Step uses(String path, int line, String action, Map<String, String> with) {
        return new Step(null, at(path, line), action, null, with, StepClassifier.classifyUses(CiSystem.GITHUB_ACTIONS, action, with),
                null, Map.of(), List.of(), Map.of());
    }

    /** Evidence of the pipelines and files ({@code path, text, path, text, ...}). */
    static AssessmentEvidence evidence(List<Pipeline> pipelines, String... files) {
        Map<SourcePath, List<String>> texts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < files.length; i += 2) {
            texts.put(SourcePath.of(files[i]), files[i + 1].lines().toList());
        }
        return new AssessmentEvidence(new RepositoryFiles(List.copyOf(texts.keySet()), texts), pipelines, ManifestFacts.none(),
                new ObjectIndex(List.of()), CheckOutcomes.none(), null, List.of(), KpiConfig.NONE, TODAY);
    }

    static String lines(String... lines) {
        return Arrays.stream(lines).collect(Collectors.joining("\n"));
    }
}
