package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Include;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Azure Pipelines ({@code azure-pipelines*.yml}): {@code stages} of {@code jobs}, top-level {@code jobs}, or
 * top-level {@code steps} (one job). Deployment jobs take their steps from their strategy's lifecycle hooks
 * and name their environment. Steps are {@code script}/{@code bash}/{@code pwsh}/{@code powershell}, tasks
 * ({@code Docker@2} with {@code inputs}; inline scripts of script tasks are their run), {@code checkout} and
 * {@code template}. Triggers: {@code trigger} (push, or tags), {@code pr}, {@code schedules}; without
 * {@code trigger}, Azure builds every push.
 */
final class AzurePipelinesReader implements DocumentReader {
    private static final List<String> SCRIPT_KEYS = List.of("script", "bash", "pwsh", "powershell");
    /** Lifecycle hooks of a deployment strategy, in the order they run. */
    private static final List<String> HOOKS = List.of("preDeploy", "deploy", "routeTraffic", "postRouteTraffic");
    private static final Set<String> SCRIPT_INPUTS = Set.of("script", "inlineScript", "Inline");
    /** Step shortcuts other than scripts and tasks; a step with none of these keys is not a step Azure knows. */
    private static final List<String> OTHER_STEPS = List.of("checkout", "template", "download", "downloadBuild", "getPackage",
            "publish", "upload", "reviewApp", "restoreCache");

    @Override
    public List<Pipeline> read(YamlDoc doc, YMap root) {
        PipelineBuilder pipeline = new PipelineBuilder(doc.path(), CiSystem.AZURE_PIPELINES, doc.at(root));
        triggers(doc, root, pipeline);
        root.get("variables").ifPresent(v -> pipeline.env(YamlDoc.strings(v), doc.locations("env", v)));
        Set<String> ids = new HashSet<>();
        Map<String, List<String>> jobsOfStage = new HashMap<>();
        doc.seq(root, "stages", "'stages'").ifPresent(stages -> {
            String previous = null;
            for (YNode item : stages.items()) {
                if (!(item instanceof YMap stage)) {
                    doc.problem(item, "a stage must be a mapping");
                } else if (stage.get("template").isPresent()) {
                    template(doc, stage, pipeline);
                } else {
                    String name = YamlDoc.text(stage, "stage");
                    // A stage runs after the one before it unless dependsOn says otherwise.
                    List<String> after = stage.get("dependsOn").map(YamlDoc::texts)
                            .orElse(previous == null ? List.of() : List.of(previous));
                    List<String> needs = after.stream().flatMap(s -> jobsOfStage.getOrDefault(s, List.of()).stream()).toList();
                    int before = pipeline.jobs().size();
                    doc.seq(stage, "jobs", "'jobs' of stage '" + name + "'").ifPresent(jobs -> jobs(doc, jobs, name, ids, pipeline));
                    List<JobBuilder> added = pipeline.jobs().subList(before, pipeline.jobs().size());
                    added.forEach(job -> job.needs(needs));
                    jobsOfStage.put(name, added.stream().map(JobBuilder::id).toList());
                    previous = name;
                }
            }
        });
        doc.seq(root, "jobs", "'jobs'").ifPresent(jobs -> jobs(doc, jobs, null, ids, pipeline));
        root.entry("steps").ifPresent(e -> {
            JobBuilder job = new JobBuilder(Job.DEFAULT_ID, doc.at(e));
            steps(doc, e.value(), job);
            pipeline.job(job);
        });
        return List.of(pipeline.build());
    }

    private static void triggers(YamlDoc doc, YMap root, PipelineBuilder pipeline) {
        Optional<YEntry> trigger = root.entry("trigger");
        if (trigger.isEmpty()) {
            pipeline.defaultTrigger(Trigger.PUSH);
        } else if (!isNone(trigger.get().value())) {
            Optional<YMap> filters = trigger.get().value().asMap();
            Optional<YEntry> tags = filters.flatMap(f -> f.entry("tags"));
            if (tags.isEmpty() || filters.get().get("branches").isPresent() || filters.get().get("paths").isPresent()) {
                pipeline.trigger(Trigger.PUSH, doc.at(trigger.get()), "trigger");
            }
            tags.ifPresent(t -> pipeline.trigger(Trigger.TAG, doc.at(t), "trigger"));
        }
        root.entry("pr").filter(e -> !isNone(e.value()))
                .ifPresent(e -> pipeline.trigger(Trigger.PULL_REQUEST, doc.at(e), "pr"));
        doc.seq(root, "schedules", "'schedules'").ifPresent(s -> s.items()
                .forEach(item -> pipeline.trigger(Trigger.SCHEDULE, doc.at(item), "schedules")));
        root.map("resources").flatMap(r -> r.seq("pipelines")).ifPresent(s -> s.items().stream()
                .filter(p -> p instanceof YMap m && m.get("trigger").isPresent())
                .forEach(p -> pipeline.trigger(Trigger.OTHER, doc.at(p), "resources.pipelines")));
    }

    private static boolean isNone(YNode value) {
        return value instanceof YScalar s && s.text().equals("none");
    }

    private static void template(YamlDoc doc, YMap item, PipelineBuilder pipeline) {
        pipeline.include(new Include(YamlDoc.text(item, "template"), doc.at(item), Set.of()));
    }

    private static void jobs(YamlDoc doc, YSeq jobs, String stage, Set<String> ids, PipelineBuilder pipeline) {
        for (YNode item : jobs.items()) {
            if (!(item instanceof YMap map)) {
                doc.problem(item, "a job must be a mapping");
                continue;
            }
            if (map.get("template").isPresent()) {
                template(doc, map, pipeline);
                continue;
            }
            String name = YamlDoc.text(map, "job");
            boolean deployment = name == null && map.get("deployment").isPresent();
            if (deployment) name = YamlDoc.text(map, "deployment");
            if (name == null) {
                doc.problem(map, "a job needs 'job', 'deployment' or 'template'");
                continue;
            }
            String id = ids.add(name) || stage == null ? name : stage + "." + name;
            ids.add(id);
            JobBuilder job = new JobBuilder(id, doc.at(item)).name(YamlDoc.text(map, "displayName")).stage(stage)
                    .needs(YamlDoc.texts(map, "dependsOn"));
            map.get("container").ifPresent(c -> job.image(c instanceof YMap m ? YamlDoc.text(m, "image") : YamlDoc.text(c)));
            map.get("variables").ifPresent(v -> job.env(YamlDoc.strings(v), doc.locations("env", v)));
            map.entry("environment").ifPresent(e -> job.environment(e.value() instanceof YMap m
                    ? YamlDoc.text(m, "name") : YamlDoc.text(e.value()), doc.at(e)));
            map.get("steps").ifPresent(s -> steps(doc, s, job));
            if (deployment) {
                map.map("strategy").ifPresent(strategy -> strategy.entries().forEach(e -> e.value().asMap()
                        .ifPresent(hooks -> lifecycle(doc, hooks, job))));
            }
            pipeline.job(job);
        }
    }

    private static void lifecycle(YamlDoc doc, YMap hooks, JobBuilder job) {
        for (String hook : HOOKS) {
            hooks.map(hook).flatMap(h -> h.get("steps")).ifPresent(s -> steps(doc, s, job));
        }
        hooks.map("on").ifPresent(on -> on.entries().forEach(e -> e.value().asMap().flatMap(m -> m.get("steps"))
                .ifPresent(s -> steps(doc, s, job))));
    }

    private static void steps(YamlDoc doc, YNode steps, JobBuilder job) {
        if (!(steps instanceof YSeq seq)) {
            doc.problem(steps, "'steps' must be a list");
            return;
        }
        for (YNode item : seq.items()) {
            if (item instanceof YMap map) job.step(step(doc, map));
            else doc.problem(item, "a step must be a mapping");
        }
    }

    private static StepBuilder step(YamlDoc doc, YMap map) {
        StepBuilder step = new StepBuilder(CiSystem.AZURE_PIPELINES, doc.at(map)).name(YamlDoc.text(map, "displayName"))
                .id(YamlDoc.text(map, "name"));
        map.get("env").ifPresent(env -> step.env(YamlDoc.strings(env), doc.locations("env", env)));
        for (String key : SCRIPT_KEYS) {
            Optional<YEntry> script = map.entry(key);
            if (script.isPresent()) {
                String run = YamlDoc.text(script.get().value());
                if (run != null) step.run(run, doc.commands(script.get().value(), run), doc.at(script.get()));
                return step;
            }
        }
        Optional<YEntry> task = map.entry("task");
        if (task.isPresent()) {
            step.uses(YamlDoc.text(task.get().value()), doc.at(task.get()));
            map.get("inputs").ifPresent(inputs -> {
                step.with(YamlDoc.strings(inputs), doc.locations("with", inputs));
                inputs.asMap().ifPresent(in -> in.entries().stream().filter(e -> SCRIPT_INPUTS.contains(e.key().text()))
                        .findFirst().ifPresent(e -> {
                            String run = YamlDoc.text(e.value());
                            if (run != null) step.run(run, doc.commands(e.value(), run), doc.at(e));
                        }));
            });
            return step;
        }
        for (String key : OTHER_STEPS) {
            Optional<YEntry> entry = map.entry(key);
            if (entry.isPresent()) {
                String value = YamlDoc.text(entry.get().value());
                if ("none".equals(value) && key.equals("checkout")) {
                    step.with(Map.of("repository", "none"), Map.of()); // skips the clone
                } else if (key.equals("checkout")) {
                    step.uses("checkout", doc.at(entry.get())).with(value == null ? Map.of() : Map.of("repository", value),
                            Map.of());
                } else {
                    step.uses(key.equals("template") ? value : key, doc.at(entry.get()));
                }
                return step;
            }
        }
        doc.problem(map, "a step needs script, bash, pwsh, powershell, task, checkout, template or another step keyword");
        return step;
    }
}
