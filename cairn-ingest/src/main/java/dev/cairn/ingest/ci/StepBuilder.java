package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.StepClassifier;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.Location;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects a step while a reader walks it; {@link #build()} classifies it. Readers may add kinds the step
 * shows only in its context (a tag taken from an earlier step's outputs) before building.
 */
final class StepBuilder {
    private final CiSystem system;
    private final Location location;
    private String name;
    private String id;
    private String uses;
    private String run;
    private String classifyAs;
    private final Map<String, String> with = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Command> commands = new ArrayList<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final Set<StepKind> extra = EnumSet.noneOf(StepKind.class);

    StepBuilder(CiSystem system, Location location) {
        this.system = system;
        this.location = location;
    }

    StepBuilder name(String name) {
        this.name = name;
        return this;
    }

    StepBuilder id(String id) {
        this.id = id;
        return this;
    }

    StepBuilder uses(String uses, Location at) {
        this.uses = uses;
        if (at != null) locations.put("uses", at);
        return this;
    }

    /** The script and its commands; {@code at} is where the script entry sits. */
    StepBuilder run(String run, List<Command> commands, Location at) {
        this.run = run;
        this.commands.addAll(commands);
        if (at != null) locations.put("run", at);
        return this;
    }

    StepBuilder with(Map<String, String> inputs, Map<String, Location> at) {
        with.putAll(inputs);
        locations.putAll(at);
        return this;
    }

    StepBuilder env(Map<String, String> variables, Map<String, Location> at) {
        env.putAll(variables);
        locations.putAll(at);
        return this;
    }

    /** Classify {@code uses} as this reference instead (a CircleCI orb alias resolved to the orb's name). */
    StepBuilder classifyAs(String ref) {
        this.classifyAs = ref;
        return this;
    }

    StepBuilder kinds(Set<StepKind> kinds) {
        extra.addAll(kinds);
        return this;
    }

    Location location() {
        return location;
    }

    String id() {
        return id;
    }

    String uses() {
        return uses;
    }

    String run() {
        return run;
    }

    Map<String, String> with() {
        return with;
    }

    /** The kinds of the step: its commands' (classified once, when read), what it uses, and what context added. */
    Set<StepKind> kinds() {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        commands.forEach(c -> kinds.addAll(c.kinds()));
        boolean script = run != null && !run.isBlank();
        kinds.addAll(StepClassifier.classifyUses(system, classifyAs != null ? classifyAs : uses, with, script));
        if (StepClassifier.isNamedSmokeTest(name, run)) kinds.add(StepKind.SMOKE_TEST);
        kinds.addAll(extra);
        return kinds;
    }

    Step build() {
        return new Step(name, location, uses, run, with, kinds(), id, env, commands, locations);
    }
}
