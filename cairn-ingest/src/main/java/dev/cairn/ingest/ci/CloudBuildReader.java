package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.ImageCommand;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepClassifier;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YSeq;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Google Cloud Build ({@code cloudbuild*.yaml}): one job of {@code steps}, each a builder image run with
 * {@code entrypoint} and {@code args}, or with a {@code script}; {@code images} makes Cloud Build push the
 * images it lists after the steps, so it is a step too. Its triggers live in the Google Cloud project,
 * not in the file, so the pipeline has none.
 */
final class CloudBuildReader implements DocumentReader {
    @Override
    public List<Pipeline> read(YamlDoc doc, YMap root) {
        PipelineBuilder pipeline = new PipelineBuilder(doc.path(), CiSystem.CLOUD_BUILD, doc.at(root));
        root.get("substitutions").ifPresent(s -> pipeline.env(YamlDoc.strings(s), doc.locations("env", s)));
        Optional<YEntry> steps = root.entry("steps");
        JobBuilder job = new JobBuilder(Job.DEFAULT_ID, steps.map(doc::at).orElse(doc.at(root)));
        doc.seq(root, "steps", "'steps'").ifPresentOrElse(seq -> {
            for (YNode item : seq.items()) {
                if (item instanceof YMap step) job.step(step(doc, step));
                else doc.problem(item, "a step must be a mapping");
            }
        }, () -> doc.problem(root, "a Cloud Build file needs 'steps'"));
        root.entry("images").ifPresent(e -> {
            Set<StepKind> kinds = EnumSet.of(StepKind.IMAGE_PUSH);
            String images = String.join("\n", YamlDoc.texts(e.value()));
            // the tag in the image names is what makes them traceable
            kinds.addAll(StepClassifier.classifyCommand("docker push " + images.replace("\n", " ")));
            job.step(new StepBuilder(CiSystem.CLOUD_BUILD, doc.at(e)).name("images").with(Map.of("images", images), Map.of())
                    .kinds(kinds));
        });
        pipeline.job(job);
        return List.of(pipeline.build());
    }

    private static StepBuilder step(YamlDoc doc, YMap map) {
        String image = YamlDoc.text(map, "name");
        StepBuilder step = new StepBuilder(CiSystem.CLOUD_BUILD, doc.at(map)).name(YamlDoc.text(map, "id"))
                .id(YamlDoc.text(map, "id"));
        if (image == null) {
            doc.problem(map, "a step needs 'name', the builder image");
        } else {
            map.entry("name").ifPresent(e -> step.uses(image, doc.at(e)));
        }
        map.entry("env").ifPresent(e -> step.env(variables(YamlDoc.texts(e.value())), Map.of()));
        Optional<YEntry> script = map.entry("script");
        if (script.isPresent()) {
            String run = YamlDoc.text(script.get().value());
            if (run != null) step.run(run, doc.commands(script.get().value(), run), doc.at(script.get()));
            return step;
        }
        List<String> entrypoint = YamlDoc.texts(map, "entrypoint");
        List<String> args = YamlDoc.texts(map, "args");
        String run = ImageCommand.of(image, entrypoint, args);
        if (run != null) {
            YNode holder = map.get("args").or(() -> map.get("entrypoint")).orElse(map);
            boolean shellScript = entrypoint.size() == 1 && args.size() >= 2 && args.getFirst().equals("-c");
            YNode scriptNode = shellScript && holder instanceof YSeq seq && seq.items().size() >= 2
                    ? seq.items().get(1) : holder;
            step.run(run, doc.commands(scriptNode, run), doc.at(holder));
        }
        return step;
    }

    /** Cloud Build writes environment variables as {@code KEY=value} strings. */
    private static Map<String, String> variables(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq > 0) out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }
}
