package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YSeq;
import java.util.List;
import java.util.Optional;

/**
 * Woodpecker ({@code .woodpecker.yml}, {@code .woodpecker/*.yml}, one workflow per file): {@code steps} as a
 * mapping of name to step or a list of named steps, or the old {@code pipeline} mapping; the top-level
 * {@code when} (a mapping or a list of them) says which events start it, push by default.
 */
final class WoodpeckerReader implements DocumentReader {
    @Override
    public List<Pipeline> read(YamlDoc doc, YMap root) {
        PipelineBuilder pipeline = new PipelineBuilder(doc.path(), CiSystem.WOODPECKER, doc.at(root));
        boolean declared = false;
        YNode when = root.get("when").orElse(null);
        for (YNode w : when instanceof YSeq seq ? seq.items() : when == null ? List.<YNode>of() : List.of(when)) {
            declared |= ContainerSteps.events(doc, w, pipeline);
        }
        if (!declared) pipeline.defaultTrigger(Trigger.PUSH);
        JobBuilder job = new JobBuilder(Job.DEFAULT_ID, doc.at(root));
        root.get("services").ifPresent(services -> {
            List<YNode> items = services instanceof YMap m ? m.entries().stream().map(YEntry::value).toList()
                    : services instanceof YSeq s ? s.items() : List.of();
            job.services(items.stream().map(i -> i instanceof YMap m ? YamlDoc.text(m, "image") : null).filter(i -> i != null).toList());
        });
        Optional<YNode> steps = root.get("steps").or(() -> root.get("pipeline"));
        if (steps.isEmpty()) {
            doc.problem(root, "a Woodpecker workflow needs 'steps'");
        } else if (steps.get() instanceof YMap named) {
            for (YEntry e : named.entries()) {
                if (e.value() instanceof YMap step) job.step(ContainerSteps.step(doc, CiSystem.WOODPECKER, e.key().text(), step));
                else doc.problem(e.value(), "step '" + e.key().text() + "' must be a mapping");
            }
        } else if (steps.get() instanceof YSeq list) {
            for (YNode item : list.items()) {
                if (item instanceof YMap step) job.step(ContainerSteps.step(doc, CiSystem.WOODPECKER, YamlDoc.text(step, "name"), step));
                else doc.problem(item, "a step must be a mapping");
            }
        } else {
            doc.problem(steps.get(), "'steps' must be a mapping or a list");
        }
        pipeline.job(job);
        return List.of(pipeline.build());
    }
}
