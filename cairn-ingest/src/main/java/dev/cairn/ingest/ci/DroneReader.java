package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import java.util.List;

/**
 * Drone ({@code .drone.yml}): every {@code kind: pipeline} document is a pipeline of one job whose steps run
 * in order; {@code trigger.event} says what starts it (Drone runs on every event without one), a promotion
 * target ({@code trigger.target}) is the job's environment. Documents of other kinds (secrets,
 * signatures) are not pipelines.
 */
final class DroneReader implements DocumentReader {
    @Override
    public List<Pipeline> read(YamlDoc doc, YMap root) {
        String kind = YamlDoc.text(root, "kind");
        if (kind != null && !kind.equals("pipeline")) return List.of();
        PipelineBuilder pipeline = new PipelineBuilder(doc.path(), CiSystem.DRONE, doc.at(root)).name(YamlDoc.text(root, "name"));
        // Without trigger events Drone runs the pipeline for every event, pushes included.
        if (!root.get("trigger").map(t -> ContainerSteps.events(doc, t, pipeline)).orElse(false)) {
            pipeline.defaultTrigger(Trigger.PUSH);
        }
        JobBuilder job = new JobBuilder(Job.DEFAULT_ID, doc.at(root)).name(YamlDoc.text(root, "name"));
        root.map("trigger").flatMap(t -> t.entry("target"))
                .ifPresent(e -> job.environment(YamlDoc.texts(e.value()).stream().findFirst().orElse(null), doc.at(e)));
        root.get("environment").ifPresent(env -> job.env(YamlDoc.strings(env), doc.locations("env", env)));
        doc.seq(root, "services", "'services'").ifPresent(services -> job.services(services.items().stream()
                .map(s -> s instanceof YMap m ? YamlDoc.text(m, "image") : null).filter(i -> i != null).toList()));
        doc.seq(root, "steps", "'steps'").ifPresentOrElse(steps -> {
            for (YNode item : steps.items()) {
                if (item instanceof YMap step) {
                    job.step(ContainerSteps.step(doc, CiSystem.DRONE, YamlDoc.text(step, "name"), step));
                    step.map("when").flatMap(w -> w.get("event")).filter(e -> YamlDoc.texts(e).contains("promote"))
                            .ifPresent(e -> pipeline.trigger(Trigger.MANUAL, doc.at(e), "promote"));
                } else {
                    doc.problem(item, "a step must be a mapping");
                }
            }
        }, () -> doc.problem(root, "a Drone pipeline needs 'steps'"));
        pipeline.job(job);
        return List.of(pipeline.build());
    }
}
