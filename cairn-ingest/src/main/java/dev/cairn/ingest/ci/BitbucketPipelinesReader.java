package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * Bitbucket Pipelines ({@code bitbucket-pipelines.yml}): each Bitbucket {@code step} runs in its own container,
 * so it is a job; its {@code script} and {@code after-script} are steps, a {@code pipe} a step of its own.
 * The sections under {@code pipelines} are the triggers: {@code default} and {@code branches} run on push,
 * {@code pull-requests} on pull requests, {@code tags} on tags, {@code custom} by hand. Steps run in order,
 * so each needs the ones before it; a {@code parallel} group runs together.
 */
final class BitbucketPipelinesReader implements DocumentReader {
    @Override
    public List<Pipeline> read(YamlDoc doc, YMap root) {
        PipelineBuilder pipeline = new PipelineBuilder(doc.path(), CiSystem.BITBUCKET_PIPELINES, doc.at(root));
        String image = root.get("image").map(i -> i instanceof YMap m ? YamlDoc.text(m, "name") : YamlDoc.text(i)).orElse(null);
        Context context = new Context(doc, pipeline, image);
        doc.map(root, "pipelines", "'pipelines'").ifPresentOrElse(sections -> sections.entries().forEach(section -> {
            String name = section.key().text();
            if (name.equals("default")) {
                pipeline.trigger(Trigger.PUSH, doc.at(section), name);
                context.pipeline(section.value(), "default");
                return;
            }
            String event = switch (name) {
                case "branches", "bookmarks" -> Trigger.PUSH;
                case "pull-requests" -> Trigger.PULL_REQUEST;
                case "tags" -> Trigger.TAG;
                case "custom" -> Trigger.MANUAL;
                default -> null;
            };
            if (event == null || !(section.value() instanceof YMap globs)) {
                doc.problem(section.value(), "'" + name + "' is not a pipelines section Bitbucket knows");
                return;
            }
            for (YEntry glob : globs.entries()) {
                pipeline.trigger(event, doc.at(glob), name + ": " + glob.key().text());
                context.pipeline(glob.value(), name + "/" + glob.key().text());
            }
        }), () -> doc.problem(root, "a Bitbucket Pipelines file needs 'pipelines'"));
        return List.of(pipeline.build());
    }

    private static final class Context {
        private final YamlDoc doc;
        private final PipelineBuilder pipeline;
        private final String image;
        private List<String> previous = List.of();
        private int index;

        Context(YamlDoc doc, PipelineBuilder pipeline, String image) {
            this.doc = doc;
            this.pipeline = pipeline;
            this.image = image;
        }

        void pipeline(YNode items, String prefix) {
            previous = List.of();
            index = 0;
            if (!(items instanceof YSeq seq)) {
                doc.problem(items, "a pipeline must be a list of steps");
                return;
            }
            for (YNode item : seq.items()) {
                if (item instanceof YMap m) item(m, prefix, null);
                else doc.problem(item, "a pipeline item must be a mapping");
            }
        }

        private void item(YMap item, String prefix, String stage) {
            item.entry("step").ifPresent(step -> previous = List.of(step(step, prefix, stage, previous)));
            item.get("parallel").ifPresent(parallel -> {
                YNode steps = parallel instanceof YMap m ? m.get("steps").orElse(parallel) : parallel;
                List<String> group = new ArrayList<>();
                List<String> before = previous;
                if (steps instanceof YSeq seq) {
                    for (YNode s : seq.items()) {
                        s.asMap().flatMap(m -> m.entry("step")).ifPresent(e -> group.add(step(e, prefix, stage, before)));
                    }
                }
                previous = group;
            });
            item.map("stage").ifPresent(s -> s.seq("steps").ifPresent(steps -> steps.items().forEach(i -> i.asMap()
                    .ifPresent(m -> item(m, prefix, YamlDoc.text(s, "name"))))));
        }

        private String step(YEntry entry, String prefix, String stage, List<String> needs) {
            String id = prefix + "/" + (++index);
            if (!(entry.value() instanceof YMap map)) {
                doc.problem(entry.value(), "a step must be a mapping");
                return id;
            }
            String stepImage = map.get("image").map(i -> i instanceof YMap m ? YamlDoc.text(m, "name") : YamlDoc.text(i))
                    .orElse(image);
            JobBuilder job = new JobBuilder(id, doc.at(entry)).name(YamlDoc.text(map, "name")).stage(stage).needs(needs)
                    .image(stepImage).services(YamlDoc.texts(map, "services"));
            map.entry("deployment").ifPresent(e -> job.environment(YamlDoc.text(e.value()), doc.at(e)));
            map.entry("trigger").filter(e -> "manual".equals(YamlDoc.text(e.value())))
                    .ifPresent(e -> pipeline.trigger(Trigger.MANUAL, doc.at(e), "trigger: manual"));
            map.entry("script").ifPresent(e -> script(e, "script", stepImage, job));
            map.entry("after-script").ifPresent(e -> script(e, "after-script", null, job));
            if (map.get("script").isEmpty()) doc.problem(map, "a step needs a 'script'");
            pipeline.job(job);
            return id;
        }

        /** Runs of commands become one step each; a pipe is a step of its own. */
        private void script(YEntry entry, String name, String image, JobBuilder job) {
            if (!(entry.value() instanceof YSeq seq)) {
                doc.problem(entry.value(), "'" + name + "' must be a list");
                return;
            }
            List<YNode> run = new ArrayList<>();
            for (YNode item : seq.items()) {
                if (item instanceof YMap m && m.get("pipe").isPresent()) {
                    flush(run, name, image, job);
                    String pipe = YamlDoc.text(m, "pipe");
                    StepBuilder step = new StepBuilder(CiSystem.BITBUCKET_PIPELINES, doc.at(item)).uses(pipe, doc.at(item));
                    m.get("variables").ifPresent(v -> step.with(YamlDoc.strings(v), doc.locations("with", v)));
                    job.step(step);
                } else if (item instanceof YScalar) {
                    run.add(item);
                } else {
                    doc.problem(item, "a script line must be a string or a pipe");
                }
            }
            flush(run, name, image, job);
        }

        private void flush(List<YNode> run, String name, String image, JobBuilder job) {
            if (run.isEmpty()) return;
            List<Command> commands = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (YNode line : run) {
                String text = YamlDoc.text(line);
                if (text == null) continue;
                texts.add(text);
                commands.addAll(doc.commands(line, text));
            }
            YNode first = run.getFirst();
            YNode last = run.getLast();
            StepBuilder step = new StepBuilder(CiSystem.BITBUCKET_PIPELINES,
                    doc.between(first, last)).name(name).run(String.join("\n", texts), commands, null);
            if (image != null) step.uses(image, null);
            job.step(step);
            run.clear();
        }
    }
}
