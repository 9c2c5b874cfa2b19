package dev.cairn.core.ci;

import dev.cairn.core.model.Location;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit of work that runs on its own (a GitHub or GitLab job, an Azure job, a Bitbucket step, a Tekton
 * pipeline task, a Buildkite command step, a Jenkins stage). Systems without jobs (Cloud Build, Drone,
 * Woodpecker) have one job with the id {@link #DEFAULT_ID}.
 *
 * @param id          unique within the pipeline
 * @param name        the display name; the id when none is declared
 * @param location    the whole job
 * @param environment the deployment environment it targets (GitHub/GitLab {@code environment},
 *                    Azure deployment job, Bitbucket {@code deployment}), or null
 * @param needs       ids of the jobs it waits for
 * @param permissions GitHub Actions job-level token permissions, or null
 * @param steps       in order
 * @param stage       the stage it belongs to (GitLab, Azure, Jenkins), or null
 * @param uses        what the job delegates to (reusable workflow, orb job, task reference), or null
 * @param image       the container image it runs in, or null
 * @param services    images of its service containers ({@code docker:dind})
 * @param env         environment variables set on the job
 * @param locations   where single entries sit, by key: {@code uses}, {@code environment}, {@code env.<NAME>},
 *                    {@code secrets.<NAME>}
 */
public record Job(String id, String name, Location location, String environment, List<String> needs,
        Permissions permissions, List<Step> steps, String stage, String uses, String image, List<String> services,
        Map<String, String> env, Map<String, Location> locations) {
    public static final String DEFAULT_ID = "default";

    public Job {
        if (id == null || location == null) {
            throw new IllegalArgumentException("a job needs an id and a location");
        }
        needs = Copies.list(needs);
        steps = Copies.list(steps);
        services = Copies.list(services);
        env = Copies.orderedMap(env);
        locations = Copies.orderedMap(locations);
    }

    public Job withSteps(List<Step> newSteps) {
        return new Job(id, name, location, environment, needs, permissions, newSteps, stage, uses, image, services,
                env, locations);
    }

    /** What the job's steps do together. */
    public Set<StepKind> kinds() {
        return Copies.kinds(Step.union(steps));
    }

    public boolean has(StepKind kind) {
        return steps.stream().anyMatch(s -> s.has(kind));
    }

    public Location locationOf(String key) {
        return locations.getOrDefault(key, location);
    }
}
