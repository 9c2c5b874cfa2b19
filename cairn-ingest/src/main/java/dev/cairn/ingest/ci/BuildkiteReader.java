package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.model.Location;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Buildkite ({@code .buildkite/pipeline*.yml}): each command step runs on its own agent, so it is a job whose
 * steps are its plugins (in order) and then its commands. {@code wait} makes later jobs need all earlier
 * ones, {@code depends_on} names more; {@code block} and {@code input} steps wait for a person (manual
 * triggers); {@code group} steps nest. {@code notify} (pipeline or step) sends notifications, so it is a
 * step. Buildkite runs the pipeline on every push of the repository it watches.
 */
final class BuildkiteReader implements DocumentReader {
    private static final Set<String> NOTIFIERS = Set.of("slack", "email", "webhook", "basecamp_campfire", "pagerduty_change_event");

    @Override
    public List<Pipeline> read(YamlDoc doc, YMap root) {
        PipelineBuilder pipeline = new PipelineBuilder(doc.path(), CiSystem.BUILDKITE, doc.at(root));
        root.get("env").ifPresent(env -> pipeline.env(YamlDoc.strings(env), doc.locations("env", env)));
        Walk walk = new Walk(doc, pipeline);
        doc.seq(root, "steps", "'steps'").ifPresentOrElse(steps -> walk.steps(steps, null),
                () -> doc.problem(root, "a Buildkite pipeline needs 'steps'"));
        root.entry("notify").ifPresent(e -> {
            JobBuilder notify = new JobBuilder("notify", doc.at(e));
            notifications(doc, e.value(), notify);
            pipeline.job(notify);
        });
        pipeline.defaultTrigger(Trigger.PUSH);
        return List.of(pipeline.build());
    }

    private static void notifications(YamlDoc doc, YNode notify, JobBuilder job) {
        if (!(notify instanceof YSeq seq)) {
            doc.problem(notify, "'notify' must be a list");
            return;
        }
        for (YNode item : seq.items()) {
            if (!(item instanceof YMap m)) continue;
            for (YEntry e : m.entries()) {
                if (NOTIFIERS.contains(e.key().text())) {
                    job.step(new StepBuilder(CiSystem.BUILDKITE, doc.at(item)).name("notify").uses(e.key().text(), doc.at(e))
                            .with(Map.of(e.key().text(), String.valueOf(YamlDoc.text(e.value()))), Map.of())
                            .kinds(Set.of(StepKind.NOTIFICATION)));
                }
            }
        }
    }

    private static final class Walk {
        private final YamlDoc doc;
        private final PipelineBuilder pipeline;
        private final List<String> all = new ArrayList<>();
        private List<String> barrier = List.of();
        private int index;

        Walk(YamlDoc doc, PipelineBuilder pipeline) {
            this.doc = doc;
            this.pipeline = pipeline;
        }

        void steps(YSeq steps, String group) {
            for (YNode item : steps.items()) {
                index++;
                if (item instanceof YScalar s) {
                    marker(s.text(), doc.at(item));
                } else if (item instanceof YMap map) {
                    step(map, group);
                } else {
                    doc.problem(item, "a step must be a mapping or wait/block");
                }
            }
        }

        private void marker(String text, Location at) {
            switch (text) {
                case "wait", "waiter" -> barrier = List.copyOf(all);
                case "block", "input" -> pipeline.trigger(Trigger.MANUAL, at, text);
                default -> { }
            }
        }

        private void step(YMap map, String group) {
            if (map.get("wait").isPresent()) {
                barrier = List.copyOf(all);
            } else if (map.get("block").isPresent() || map.get("input").isPresent()) {
                pipeline.trigger(Trigger.MANUAL, doc.at(map), map.get("block").isPresent() ? "block" : "input");
            } else if (map.get("group").isPresent()) {
                doc.seq(map, "steps", "'steps' of a group").ifPresent(s -> steps(s, YamlDoc.text(map, "group")));
            } else if (map.get("trigger").isEmpty()) {
                command(map, group);
            }
        }

        private void command(YMap map, String group) {
            String key = first(map, "key", "id", "identifier");
            String id = key != null ? key : String.valueOf(index);
            JobBuilder job = new JobBuilder(id, doc.at(map)).name(first(map, "label", "name")).stage(group).needs(barrier);
            map.get("depends_on").ifPresent(d -> job.needs(dependencies(d)));
            map.get("env").ifPresent(env -> job.env(YamlDoc.strings(env), doc.locations("env", env)));
            map.get("plugins").ifPresent(plugins -> plugins(plugins, job));
            map.entry("command").or(() -> map.entry("commands")).or(() -> map.entry("script")).ifPresent(e -> {
                String run = YamlDoc.text(e.value());
                if (run != null) {
                    job.step(new StepBuilder(CiSystem.BUILDKITE, doc.at(e)).name(first(map, "label", "name"))
                            .run(run, doc.scriptItems(e.value()), doc.at(e)));
                }
            });
            map.get("notify").ifPresent(n -> notifications(doc, n, job));
            all.add(id);
            pipeline.job(job);
        }

        private void plugins(YNode plugins, JobBuilder job) {
            List<YEntry> entries = new ArrayList<>();
            if (plugins instanceof YSeq seq) {
                for (YNode item : seq.items()) {
                    if (item instanceof YMap m) entries.addAll(m.entries());
                    else if (item instanceof YScalar s) job.step(new StepBuilder(CiSystem.BUILDKITE, doc.at(s)).uses(s.text(), doc.at(s)));
                }
            } else if (plugins instanceof YMap m) {
                entries.addAll(m.entries());
            }
            for (YEntry e : entries) {
                job.step(new StepBuilder(CiSystem.BUILDKITE, doc.at(e)).uses(e.key().text(), doc.at(e.key()))
                        .with(YamlDoc.strings(e.value()), doc.locations("with", e.value())));
            }
        }

        private static List<String> dependencies(YNode value) {
            List<String> out = new ArrayList<>();
            for (YNode item : value instanceof YSeq seq ? seq.items() : List.of(value)) {
                String name = item instanceof YMap m ? YamlDoc.text(m, "step") : YamlDoc.text(item);
                if (name != null) out.add(name);
            }
            return out;
        }

        private static String first(YMap map, String... keys) {
            for (String k : keys) {
                String v = YamlDoc.text(map, k);
                if (v != null) return v;
            }
            return null;
        }
    }
}
