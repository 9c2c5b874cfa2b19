package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YSeq;
import java.util.List;
import java.util.Optional;

/**
 * The step shape Drone and Woodpecker share: a container {@code image} that runs {@code commands}, or a
 * plugin image configured by {@code settings}, with {@code environment} variables.
 */
final class ContainerSteps {
    private ContainerSteps() {}

    static StepBuilder step(YamlDoc doc, CiSystem system, String name, YMap map) {
        StepBuilder step = new StepBuilder(system, doc.at(map)).name(name);
        map.entry("image").ifPresentOrElse(e -> step.uses(YamlDoc.text(e.value()), doc.at(e)),
                () -> doc.problem(map, "step '" + name + "' needs an 'image'"));
        map.get("settings").ifPresent(s -> step.with(YamlDoc.strings(s), doc.locations("with", s)));
        map.get("environment").ifPresent(env -> step.env(YamlDoc.strings(env), doc.locations("env", env)));
        Optional<YEntry> commands = map.entry("commands").or(() -> map.entry("command"));
        commands.ifPresent(e -> {
            String run = YamlDoc.text(e.value());
            if (run != null) step.run(run, doc.scriptItems(e.value()), doc.at(e));
        });
        return step;
    }

    /** Normalises Drone's and Woodpecker's event names. */
    static String event(String name) {
        return switch (name) {
            case "push" -> Trigger.PUSH;
            case "pull_request" -> Trigger.PULL_REQUEST;
            case "tag", "release" -> Trigger.TAG;
            case "cron" -> Trigger.SCHEDULE;
            case "promote", "rollout", "deployment", "manual", "custom" -> Trigger.MANUAL;
            default -> Trigger.OTHER;
        };
    }

    /** The events under {@code event:} of a trigger or when block (a name, a list, or {@code include:}); true if any. */
    static boolean events(YamlDoc doc, YNode when, PipelineBuilder pipeline) {
        if (!(when instanceof YMap map)) return false;
        YNode event = map.get("event").orElse(null);
        YNode names = event instanceof YMap m ? m.get("include").orElse(null) : event;
        if (names == null) return false;
        boolean any = false;
        for (YNode item : names instanceof YSeq seq ? seq.items() : List.of(names)) {
            String name = YamlDoc.text(item);
            if (name != null) {
                pipeline.trigger(event(name), doc.at(item), name);
                any = true;
            }
        }
        return any;
    }
}
