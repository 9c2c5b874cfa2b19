package dev.cairn.core.ci;

import dev.cairn.core.model.Location;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One step of a job. A step either runs a script ({@code run}), delegates to something named ({@code uses}:
 * a GitHub action, a CircleCI orb command, an Azure task, a Tekton task, a container image, a Buildkite
 * plugin, a Jenkins step such as {@code junit}), or both (a container image running a script).
 * A job that delegates its whole work (a reusable workflow, an orb job, a Tekton {@code taskRef}) has one
 * step whose {@code uses} is that reference. Work a CI system does because of a declaration rather than a
 * step (GitLab {@code artifacts:reports}, Cloud Build {@code images}, Buildkite {@code notify}) is a step
 * named after that keyword, without {@code uses} or {@code run}.
 *
 * @param name      the declared name, or null
 * @param location  the whole step
 * @param uses      action, orb, task, image, plugin or Jenkins step reference as written; null for a plain script
 * @param run       the script text, or null
 * @param with      inputs of {@code uses} ({@code with:}, {@code inputs:}, {@code params:}, {@code settings:}),
 *                  scalar values as written, lists joined with new lines
 * @param kinds     what the step does: the union of its commands' kinds and what {@code uses} is known to do
 * @param id        the step id other steps refer to ({@code steps.<id>.outputs}), or null
 * @param env       environment variables set on the step
 * @param commands  the commands of {@code run}, in order
 * @param locations where single entries sit, by key: {@code uses}, {@code run}, {@code with.<input>},
 *                  {@code env.<NAME>}
 */
public record Step(String name, Location location, String uses, String run, Map<String, String> with,
        Set<StepKind> kinds, String id, Map<String, String> env, List<Command> commands,
        Map<String, Location> locations) {

    public Step {
        if (location == null) {
            throw new IllegalArgumentException("a step needs a location");
        }
        with = Copies.orderedMap(with);
        kinds = Copies.kinds(kinds);
        env = Copies.orderedMap(env);
        commands = Copies.list(commands);
        locations = Copies.orderedMap(locations);
    }

    /**
     * This step with the commands of a repository script it runs ({@link ScriptCalls}) appended: their kinds
     * become the step's, and their locations point into the script.
     */
    public Step including(List<Command> scriptCommands) {
        if (scriptCommands.isEmpty()) return this;
        List<Command> all = new ArrayList<>(commands);
        all.addAll(scriptCommands);
        Set<StepKind> allKinds = EnumSet.noneOf(StepKind.class);
        allKinds.addAll(kinds);
        scriptCommands.forEach(c -> allKinds.addAll(c.kinds()));
        return new Step(name, location, uses, run, with, allKinds, id, env, all, locations);
    }

    public boolean has(StepKind kind) {
        return kinds.contains(kind);
    }

    /** Where an entry of the step sits ({@code uses}, {@code with.ref}), or the step itself when unknown. */
    public Location locationOf(String key) {
        return locations.getOrDefault(key, location);
    }

    /** A name for people: the declared name, else what it uses, else the first command. */
    public String label() {
        if (name != null && !name.isBlank()) return name;
        if (uses != null) return uses;
        if (!commands.isEmpty()) return commands.getFirst().text();
        return run == null ? "step" : run.strip().lines().findFirst().orElse("step");
    }

    /** The locations that show a kind: the matching commands when the script shows it, else the step. */
    public List<Location> evidence(StepKind kind) {
        if (!has(kind)) return List.of();
        List<Location> fromCommands = commands.stream().filter(c -> c.kinds().contains(kind)).map(Command::location).toList();
        return fromCommands.isEmpty() ? List.of(location) : fromCommands;
    }

    static Set<StepKind> union(List<Step> steps) {
        Set<StepKind> all = EnumSet.noneOf(StepKind.class);
        steps.forEach(s -> all.addAll(s.kinds()));
        return all;
    }
}
