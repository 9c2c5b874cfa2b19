package dev.cairn.core.ci;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pipeline definition: a GitHub workflow, a {@code .gitlab-ci.yml}, a Drone pipeline document, a Tekton
 * Pipeline, PipelineRun or Task, a Jenkinsfile.
 *
 * @param name        the declared name, else the file name
 * @param triggers    what starts it, in source order; defaults the system applies are included and marked
 *                    {@link Trigger#DEFAULT}
 * @param permissions GitHub Actions top-level token permissions, or null when absent
 * @param location    the whole pipeline (its document)
 * @param includes    configuration pulled in from elsewhere (GitLab {@code include}, CircleCI orbs)
 * @param env         pipeline-wide environment variables
 * @param locations   where single entries sit, by key: {@code env.<NAME>}
 */
public record Pipeline(SourcePath path, CiSystem system, String name, List<Trigger> triggers, List<Job> jobs,
        Permissions permissions, Location location, List<Include> includes, Map<String, String> env,
        Map<String, Location> locations) {

    public Pipeline {
        if (path == null || system == null || location == null) {
            throw new IllegalArgumentException("a pipeline needs a path, a system and a location");
        }
        triggers = Copies.list(triggers);
        jobs = Copies.list(jobs);
        includes = Copies.list(includes);
        env = Copies.orderedMap(env);
        locations = Copies.orderedMap(locations);
    }

    public Pipeline withJobs(List<Job> newJobs) {
        return new Pipeline(path, system, name, triggers, newJobs, permissions, location, includes, env, locations);
    }

    /** All steps of all jobs, in job order. */
    public List<Step> steps() {
        return jobs.stream().flatMap(j -> j.steps().stream()).toList();
    }

    /** What the pipeline does: its steps' kinds and those of its includes. */
    public Set<StepKind> kinds() {
        Set<StepKind> all = EnumSet.noneOf(StepKind.class);
        all.addAll(Step.union(steps()));
        includes.forEach(i -> all.addAll(i.kinds()));
        return Copies.kinds(all);
    }

    public boolean has(StepKind kind) {
        return kinds().contains(kind);
    }

    /** Where the pipeline shows a kind: matching commands or steps, then includes; for evidence lists. */
    public List<Location> evidence(StepKind kind) {
        List<Location> out = new ArrayList<>();
        steps().forEach(s -> out.addAll(s.evidence(kind)));
        includes.stream().filter(i -> i.kinds().contains(kind)).forEach(i -> out.add(i.location()));
        return out;
    }

    /** True when some trigger has this normalised event ({@link Trigger#PUSH}, ...). */
    public boolean triggeredBy(String event) {
        return triggers.stream().anyMatch(t -> t.event().equals(event));
    }

    public Location locationOf(String key) {
        return locations.getOrDefault(key, location);
    }
}
