package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Include;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Permissions;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects a pipeline while a reader walks it. */
final class PipelineBuilder {
    private final SourcePath path;
    private final CiSystem system;
    private final Location location;
    private String name;
    private final List<Trigger> triggers = new ArrayList<>();
    private final List<JobBuilder> jobs = new ArrayList<>();
    private Permissions permissions;
    private final List<Include> includes = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();

    PipelineBuilder(SourcePath path, CiSystem system, Location location) {
        this.path = path;
        this.system = system;
        this.location = location;
    }

    PipelineBuilder name(String name) {
        this.name = name;
        return this;
    }

    /** Adds a trigger unless the same event is already declared at the same place. */
    PipelineBuilder trigger(String event, Location at, String raw) {
        Trigger trigger = new Trigger(event, at, raw);
        if (!triggers.contains(trigger)) triggers.add(trigger);
        return this;
    }

    /** The trigger a system applies when the file declares none. */
    PipelineBuilder defaultTrigger(String event) {
        if (triggers.stream().noneMatch(t -> t.event().equals(event))) {
            triggers.add(new Trigger(event, location, Trigger.DEFAULT));
        }
        return this;
    }

    PipelineBuilder job(JobBuilder job) {
        jobs.add(job);
        return this;
    }

    PipelineBuilder permissions(Permissions permissions) {
        this.permissions = permissions;
        return this;
    }

    PipelineBuilder include(Include include) {
        includes.add(include);
        return this;
    }

    PipelineBuilder env(Map<String, String> variables, Map<String, Location> at) {
        env.putAll(variables);
        locations.putAll(at);
        return this;
    }

    List<Trigger> triggers() {
        return triggers;
    }

    List<JobBuilder> jobs() {
        return jobs;
    }

    CiSystem system() {
        return system;
    }

    Location location() {
        return location;
    }

    Pipeline build() {
        List<Job> built = jobs.stream().map(JobBuilder::build).toList();
        return new Pipeline(path, system, name == null ? path.fileName() : name, triggers, built, permissions, location,
                includes, env, locations);
    }
}
