package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Permissions;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions pipelines built by hand for evaluator unit tests, each step classified by the real
 * {@link StepClassifier}, each entry at its own line of {@code .github/workflows/ci.yml} so that evidence
 * locations can be asserted.
 */
final class Pipelines {
    static final SourcePath WORKFLOW = SourcePath.of(".github/workflows/ci.yml");
    private int line = 1;
    private final List<Job> jobs = new ArrayList<>();
    private Permissions permissions;

    static Pipelines workflow() {
        return new Pipelines();
    }

    Location next() {
        int at = line++;
        return Location.at(WORKFLOW, new Span(at, 1, at, 2));
    }

    Pipelines permissions(Map<String, String> scopes) {
        permissions = new Permissions(next(), scopes, null);
        return this;
    }

    /** A step that runs a script: one command per line. */
    static StepSpec run(String script) {
        return new StepSpec(null, Map.of(), script);
    }

    /** A step that uses an action with inputs. */
    static StepSpec uses(String action, Map<String, String> with) {
        return new StepSpec(action, with, null);
    }

    record StepSpec(String uses, Map<String, String> with, String run) {}

    Pipelines job(String id, List<String> needs, Permissions jobPermissions, StepSpec... specs) {
        Location jobAt = next();
        List<Step> steps = new ArrayList<>();
        for (StepSpec spec : specs) {
            Location stepAt = next();
            List<Command> commands = new ArrayList<>();
            if (spec.run() != null) {
                for (String text : spec.run().lines().toList()) {
                    commands.add(new Command(text, next(), StepClassifier.classifyLine(text)));
                }
            }
            Map<String, Location> locations = new LinkedHashMap<>();
            if (spec.uses() != null) locations.put("uses", stepAt);
            spec.with().keySet().forEach(k -> locations.put("with." + k, next()));
            steps.add(new Step(null, stepAt, spec.uses(), spec.run(), spec.with(),
                    StepClassifier.classifyStep(CiSystem.GITHUB_ACTIONS, spec.uses(), spec.with(), spec.run()),
                    null, Map.of(), commands, locations));
        }
        jobs.add(new Job(id, id, jobAt, null, needs, jobPermissions, steps, null, null, null, List.of(), Map.of(), Map.of()));
        return this;
    }

    Pipelines job(String id, StepSpec... specs) {
        return job(id, List.of(), null, specs);
    }

    Pipeline build(String... events) {
        Location at = Location.file(WORKFLOW);
        List<Trigger> triggers = new ArrayList<>();
        for (String event : events) {
            triggers.add(new Trigger(event.equals("pull_request_target") ? Trigger.PULL_REQUEST_TARGET : Trigger.PUSH, next(), event));
        }
        return new Pipeline(WORKFLOW, CiSystem.GITHUB_ACTIONS, "ci", triggers, jobs, permissions, at, List.of(), Map.of(), Map.of());
    }

    /** Evidence holding only these pipelines (and no files, manifests, checks or history). */
    static AssessmentEvidence evidence(Pipeline... pipelines) {
        return new AssessmentEvidence(RepositoryFiles.empty(), List.of(pipelines), ManifestFacts.none(), new ObjectIndex(List.of()),
                CheckOutcomes.none(), null, List.of(), KpiConfig.NONE, LocalDate.of(2026, 11, 23));
    }
}
