package dev.cairn.ingest.ci;

import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Permissions;
import dev.cairn.core.ci.Step;
import dev.cairn.core.model.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects a job while a reader walks it. */
final class JobBuilder {
    private final String id;
    private final Location location;
    private String name;
    private String environment;
    private final List<String> needs = new ArrayList<>();
    private Permissions permissions;
    private final List<StepBuilder> steps = new ArrayList<>();
    private String stage;
    private String uses;
    private String image;
    private final List<String> services = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();

    JobBuilder(String id, Location location) {
        this.id = id;
        this.location = location;
    }

    JobBuilder name(String name) {
        this.name = name;
        return this;
    }

    JobBuilder environment(String environment, Location at) {
        this.environment = environment;
        if (at != null) locations.put("environment", at);
        return this;
    }

    JobBuilder needs(List<String> ids) {
        ids.stream().filter(n -> !needs.contains(n)).forEach(needs::add);
        return this;
    }

    /** Replaces each need found in {@code through} by what it stands for, transitively. */
    JobBuilder replaceNeeds(Map<String, List<String>> through) {
        List<String> resolved = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>(needs);
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String need = todo.poll();
            if (!seen.add(need)) continue;
            if (through.containsKey(need)) todo.addAll(through.get(need));
            else resolved.add(need);
        }
        needs.clear();
        needs.addAll(resolved);
        return this;
    }

    JobBuilder permissions(Permissions permissions) {
        this.permissions = permissions;
        return this;
    }

    JobBuilder step(StepBuilder step) {
        steps.add(step);
        return this;
    }

    JobBuilder stage(String stage) {
        this.stage = stage;
        return this;
    }

    JobBuilder uses(String uses, Location at) {
        this.uses = uses;
        if (at != null) locations.put("uses", at);
        return this;
    }

    JobBuilder image(String image) {
        this.image = image;
        return this;
    }

    JobBuilder services(List<String> images) {
        services.addAll(images);
        return this;
    }

    JobBuilder env(Map<String, String> variables, Map<String, Location> at) {
        env.putAll(variables);
        locations.putAll(at);
        return this;
    }

    JobBuilder location(String key, Location at) {
        locations.put(key, at);
        return this;
    }

    String id() {
        return id;
    }

    Location location() {
        return location;
    }

    List<StepBuilder> steps() {
        return steps;
    }

    String stage() {
        return stage;
    }

    String image() {
        return image;
    }

    Job build() {
        List<Step> built = steps.stream().map(StepBuilder::build).toList();
        return new Job(id, name == null ? id : name, location, environment, needs, permissions, built, stage, uses, image,
                services, env, locations);
    }
}
