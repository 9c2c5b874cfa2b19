package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Include;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.model.Location;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CircleCI ({@code .circleci/config.yml}): {@code jobs} with their steps ({@code run}, built-in steps such as
 * {@code checkout}, orb commands as {@code alias/command}, steps nested in {@code when}/{@code unless}),
 * {@code orbs} as includes, and {@code workflows} for the order of jobs ({@code requires}), orb jobs (a job
 * that is one delegating step), approvals (manual triggers), tag filters and schedules. CircleCI runs
 * workflows on every push unless told otherwise.
 */
final class CircleCiReader implements DocumentReader {
    @Override
    public List<Pipeline> read(YamlDoc doc, YMap root) {
        PipelineBuilder pipeline = new PipelineBuilder(doc.path(), CiSystem.CIRCLECI, doc.at(root));
        Map<String, String> orbs = new HashMap<>();
        root.map("orbs").ifPresent(map -> map.entries().forEach(e -> {
            String ref = YamlDoc.text(e.value());
            orbs.put(e.key().text(), ref == null ? e.key().text() : orbName(ref));
            pipeline.include(new Include(ref == null ? e.key().text() : ref, doc.at(e), Set.of()));
        }));
        Map<String, YSeq> commands = new HashMap<>();
        root.map("commands").ifPresent(map -> map.entries().forEach(e -> e.value().asMap().flatMap(c -> c.seq("steps"))
                .ifPresent(steps -> commands.put(e.key().text(), steps))));
        Refs refs = new Refs(orbs, commands);
        Map<String, JobBuilder> jobs = new LinkedHashMap<>();
        doc.map(root, "jobs", "'jobs'").ifPresent(map -> map.entries().forEach(e -> {
            if (e.value() instanceof YMap job) jobs.put(e.key().text(), job(doc, e, job, refs));
            else doc.problem(e.value(), "job '" + e.key().text() + "' must be a mapping");
        }));
        Map<String, JobBuilder> orbJobs = new LinkedHashMap<>();
        Map<String, List<String>> approvals = new HashMap<>();
        doc.map(root, "workflows", "'workflows'").ifPresent(workflows -> workflows.entries().forEach(w -> {
            if (w.value() instanceof YMap workflow) workflow(doc, workflow, jobs, orbJobs, refs, approvals, pipeline);
        }));
        // An approval is a gate, not a job: who waits for it waits for what it waits for.
        jobs.values().forEach(job -> job.replaceNeeds(approvals));
        orbJobs.values().forEach(job -> job.replaceNeeds(approvals));
        pipeline.defaultTrigger(Trigger.PUSH);
        jobs.values().forEach(pipeline::job);
        orbJobs.values().forEach(pipeline::job);
        return List.of(pipeline.build());
    }

    /** {@code circleci/aws-ecr@9.3.1} -> {@code aws-ecr}. */
    private static String orbName(String ref) {
        String r = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
        return r.substring(r.lastIndexOf('/') + 1);
    }

    /** {@code ecr/build_and_push_image} with {@code ecr: circleci/aws-ecr@9} -> {@code aws-ecr/build_and_push_image}. */
    private static String resolve(String ref, Map<String, String> orbs) {
        int slash = ref.indexOf('/');
        if (slash < 0) return ref;
        return orbs.getOrDefault(ref.substring(0, slash), ref.substring(0, slash)) + ref.substring(slash);
    }

    /**
     * What step names refer to: orb aliases to orb names, and the file's own reusable {@code commands}, whose steps
     * run in place of the reference.
     */
    private record Refs(Map<String, String> orbs, Map<String, YSeq> commands) {}

    /** Deepest nesting of reusable commands followed; deeper ones are left as references. */
    private static final int MAX_COMMAND_DEPTH = 8;

    private static JobBuilder job(YamlDoc doc, YEntry entry, YMap map, Refs refs) {
        JobBuilder job = new JobBuilder(entry.key().text(), doc.at(entry));
        map.seq("docker").flatMap(d -> d.items().stream().findFirst()).flatMap(YNode::asMap)
                .ifPresent(image -> job.image(YamlDoc.text(image, "image")));
        map.get("environment").ifPresent(env -> job.env(YamlDoc.strings(env), doc.locations("env", env)));
        doc.seq(map, "steps", "'steps' of job '" + entry.key().text() + "'").ifPresent(steps -> steps(doc, steps, job, refs, 0));
        return job;
    }

    private static void steps(YamlDoc doc, YSeq steps, JobBuilder job, Refs refs, int depth) {
        for (YNode item : steps.items()) {
            String key;
            YNode parameters = null;
            if (item instanceof YScalar s && !s.isNull()) {
                key = s.text();
            } else if (item instanceof YMap map && map.size() == 1) {
                YEntry only = map.entries().iterator().next();
                key = only.key().text();
                parameters = only.value();
                if (key.equals("run")) {
                    job.step(run(doc, map, only));
                    continue;
                }
                if (key.equals("when") || key.equals("unless")) {
                    only.value().asMap().flatMap(c -> c.seq("steps")).ifPresent(nested -> steps(doc, nested, job, refs, depth));
                    continue;
                }
            } else {
                doc.problem(item, "a step must be a name or a mapping with one key");
                continue;
            }
            YSeq command = refs.commands().get(key);
            if (command != null && depth < MAX_COMMAND_DEPTH) {
                steps(doc, command, job, refs, depth + 1);
            } else {
                job.step(reference(doc, item, key, parameters == null ? Map.of() : YamlDoc.strings(parameters),
                        parameters == null ? Map.of() : doc.locations("with", parameters), refs.orbs()));
            }
        }
    }

    private static StepBuilder run(YamlDoc doc, YMap map, YEntry run) {
        StepBuilder step = new StepBuilder(CiSystem.CIRCLECI, doc.at(map));
        YNode command = run.value() instanceof YMap m ? m.get("command").orElse(null) : run.value();
        if (run.value() instanceof YMap m) {
            step.name(YamlDoc.text(m, "name"));
            m.get("environment").ifPresent(env -> step.env(YamlDoc.strings(env), doc.locations("env", env)));
        }
        String text = command == null ? null : YamlDoc.text(command);
        if (text == null) {
            doc.problem(run.value(), "'run' needs a command");
        } else {
            step.run(text, doc.commands(command, text), doc.at(run));
        }
        return step;
    }

    private static StepBuilder reference(YamlDoc doc, YNode item, String ref, Map<String, String> with,
            Map<String, Location> at, Map<String, String> orbs) {
        return new StepBuilder(CiSystem.CIRCLECI, doc.at(item)).uses(ref, doc.at(item)).with(with, at)
                .classifyAs(resolve(ref, orbs));
    }

    private static void workflow(YamlDoc doc, YMap workflow, Map<String, JobBuilder> jobs, Map<String, JobBuilder> orbJobs,
            Refs refs, Map<String, List<String>> approvals, PipelineBuilder pipeline) {
        workflow.seq("triggers").ifPresent(triggers -> triggers.items().stream().filter(t -> t instanceof YMap m
                && m.get("schedule").isPresent()).forEach(t -> pipeline.trigger(Trigger.SCHEDULE, doc.at(t), "schedule")));
        doc.seq(workflow, "jobs", "'jobs' of a workflow").ifPresent(items -> items.items().forEach(item -> {
            String ref = item instanceof YMap m && m.size() == 1 ? m.entries().iterator().next().key().text() : YamlDoc.text(item);
            if (ref == null) {
                doc.problem(item, "a workflow job must be a name or a mapping with one key");
                return;
            }
            YMap config = item instanceof YMap m ? m.get(ref).flatMap(YNode::asMap).orElse(null) : null;
            if (config != null && "approval".equals(YamlDoc.text(config, "type"))) {
                pipeline.trigger(Trigger.MANUAL, doc.at(item), "approval");
                approvals.put(ref, YamlDoc.texts(config, "requires"));
                return;
            }
            String name = config == null ? ref : config.string("name").orElse(ref);
            JobBuilder job = jobs.get(ref);
            if (job == null) {
                // An orb's job: the job is one step that delegates to it.
                Map<String, String> with = config == null ? Map.of() : YamlDoc.strings(config);
                job = orbJobs.computeIfAbsent(name, n -> new JobBuilder(n, doc.at(item)).uses(ref, doc.at(item))
                        .step(reference(doc, item, ref, with, Map.of(), refs.orbs())));
            }
            if (config != null) {
                job.needs(YamlDoc.texts(config, "requires"));
                config.map("filters").flatMap(f -> f.entry("tags"))
                        .ifPresent(tags -> pipeline.trigger(Trigger.TAG, doc.at(tags), "filters.tags"));
            }
        }));
    }
}
