package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.ImageCommand;
import dev.cairn.core.ci.Include;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.model.Location;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tekton objects ({@code tekton.dev}): a Pipeline's tasks and finally tasks are jobs ({@code runAfter} is
 * what they need); a task given inline ({@code taskSpec}) has its container steps, a referenced one
 * ({@code taskRef}, by name or through a resolver) is a job of one delegating step with the task's params.
 * A PipelineRun carries its pipeline inline or refers to one (an include); its Pipelines-as-Code
 * annotations ({@code pipelinesascode.tekton.dev/on-event}) are its triggers. A Task or TaskRun is one job.
 * A container step runs its {@code script}, or its image with {@code command} and {@code args}.
 */
final class TektonReader implements DocumentReader {
    private static final String ON_EVENT = "pipelinesascode.tekton.dev/on-event";
    private static final String ON_TARGET = "pipelinesascode.tekton.dev/on-target-branch";
    private static final String ON_CEL = "pipelinesascode.tekton.dev/on-cel-expression";

    @Override
    public List<Pipeline> read(YamlDoc doc, YMap root) {
        String apiVersion = YamlDoc.text(root, "apiVersion");
        String kind = YamlDoc.text(root, "kind");
        if (apiVersion == null || !apiVersion.startsWith("tekton.dev/") || kind == null) {
            return List.of();
        }
        String name = root.map("metadata").flatMap(m -> m.string("name").or(() -> m.string("generateName"))).orElse(null);
        PipelineBuilder pipeline = new PipelineBuilder(doc.path(), CiSystem.TEKTON, doc.at(root)).name(name);
        YMap spec = root.map("spec").orElse(null);
        if (spec == null) {
            doc.problem(root, kind + " needs a 'spec'");
            return List.of(pipeline.build());
        }
        switch (kind) {
            case "Pipeline" -> tasks(doc, spec, pipeline);
            case "PipelineRun" -> {
                triggers(doc, root, pipeline);
                spec.map("pipelineSpec").ifPresentOrElse(p -> tasks(doc, p, pipeline), () -> spec.entry("pipelineRef")
                        .ifPresent(ref -> pipeline.include(new Include(reference(ref.value()), doc.at(ref), Set.of()))));
            }
            case "Task" -> pipeline.job(task(doc, name == null ? "task" : name, doc.at(root), spec));
            case "TaskRun" -> {
                JobBuilder job = spec.map("taskSpec").map(t -> task(doc, name == null ? "task" : name, doc.at(root), t))
                        .orElseGet(() -> referenced(doc, name == null ? "task" : name, doc.at(root), spec));
                pipeline.job(job);
            }
            default -> {
                return List.of();
            }
        }
        return List.of(pipeline.build());
    }

    private static void tasks(YamlDoc doc, YMap spec, PipelineBuilder pipeline) {
        for (String key : List.of("tasks", "finally")) {
            doc.seq(spec, key, "'" + key + "'").ifPresent(tasks -> {
                for (YNode item : tasks.items()) {
                    if (!(item instanceof YMap task)) {
                        doc.problem(item, "a pipeline task must be a mapping");
                        continue;
                    }
                    String id = YamlDoc.text(task, "name");
                    if (id == null) {
                        doc.problem(task, "a pipeline task needs a 'name'");
                        continue;
                    }
                    JobBuilder job = task.map("taskSpec").map(t -> task(doc, id, doc.at(item), t))
                            .orElseGet(() -> referenced(doc, id, doc.at(item), task));
                    pipeline.job(job.needs(YamlDoc.texts(task, "runAfter")));
                }
            });
        }
    }

    /** A job whose task is defined elsewhere: one step that uses it, with its params. */
    private static JobBuilder referenced(YamlDoc doc, String id, Location at, YMap task) {
        JobBuilder job = new JobBuilder(id, at);
        Optional<YEntry> ref = task.entry("taskRef");
        if (ref.isEmpty()) {
            doc.problem(task, "task '" + id + "' needs 'taskRef' or 'taskSpec'");
            return job;
        }
        String name = reference(ref.get().value());
        job.uses(name, doc.at(ref.get()));
        StepBuilder step = new StepBuilder(CiSystem.TEKTON, at).name(id).uses(name, doc.at(ref.get()));
        task.get("params").ifPresent(p -> step.with(YamlDoc.strings(p), doc.locations("with", p)));
        return job.step(step);
    }

    /** {@code taskRef: {name: buildah}} or a resolver's {@code name} param ({@code bundles}, {@code hub}, {@code git}). */
    private static String reference(YNode ref) {
        if (!(ref instanceof YMap map)) return YamlDoc.text(ref);
        String name = YamlDoc.text(map, "name");
        if (name != null) return name;
        Map<String, String> params = YamlDoc.strings(map.get("params").orElse(null));
        return params.getOrDefault("name", params.getOrDefault("pathInRepo", YamlDoc.text(map, "resolver")));
    }

    private static JobBuilder task(YamlDoc doc, String id, Location at, YMap spec) {
        JobBuilder job = new JobBuilder(id, at);
        doc.seq(spec, "steps", "'steps' of task '" + id + "'").ifPresent(steps -> {
            for (YNode item : steps.items()) {
                if (item instanceof YMap step) job.step(step(doc, step));
                else doc.problem(item, "a step must be a mapping");
            }
        });
        return job;
    }

    private static StepBuilder step(YamlDoc doc, YMap map) {
        String image = YamlDoc.text(map, "image");
        StepBuilder step = new StepBuilder(CiSystem.TEKTON, doc.at(map)).name(YamlDoc.text(map, "name"));
        map.entry("image").ifPresent(e -> step.uses(image, doc.at(e)));
        map.get("env").ifPresent(env -> step.env(YamlDoc.strings(env), doc.locations("env", env)));
        Optional<YEntry> script = map.entry("script");
        if (script.isPresent()) {
            String run = YamlDoc.text(script.get().value());
            if (run != null) step.run(run, doc.commands(script.get().value(), run), doc.at(script.get()));
            return step;
        }
        List<String> command = YamlDoc.texts(map, "command");
        List<String> args = YamlDoc.texts(map, "args");
        String run = ImageCommand.of(image, command, args);
        if (run != null) {
            YNode holder = map.get("args").or(() -> map.get("command")).orElse(map);
            step.run(run, doc.commands(holder, run), doc.at(holder));
        }
        return step;
    }

    private static void triggers(YamlDoc doc, YMap root, PipelineBuilder pipeline) {
        Optional<YMap> annotations = root.map("metadata").flatMap(m -> m.map("annotations"));
        if (annotations.isEmpty()) return;
        String target = annotations.get().string(ON_TARGET).orElse("");
        annotations.get().entry(ON_EVENT).ifPresent(e -> {
            for (String event : list(YamlDoc.text(e.value()))) {
                String normalised = switch (event) {
                    case "push" -> target.contains("refs/tags/") ? Trigger.TAG : Trigger.PUSH;
                    case "pull_request" -> Trigger.PULL_REQUEST;
                    default -> Trigger.OTHER;
                };
                pipeline.trigger(normalised, doc.at(e), event);
            }
        });
        annotations.get().entry(ON_CEL).ifPresent(e -> {
            String cel = YamlDoc.text(e.value());
            if (cel == null) return;
            if (cel.contains("\"push\"") || cel.contains("'push'")) pipeline.trigger(Trigger.PUSH, doc.at(e), cel);
            if (cel.contains("\"pull_request\"") || cel.contains("'pull_request'")) pipeline.trigger(Trigger.PULL_REQUEST, doc.at(e), cel);
        });
    }

    /** {@code "[pull_request, push]"} or {@code push}. */
    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) return out;
        for (String part : value.replace("[", "").replace("]", "").split(",")) {
            String p = part.strip().replace("\"", "").replace("'", "");
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }
}
