package dev.cairn.engine;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.ingest.ci.PipelineReader;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.text.DecodedText;
import dev.cairn.ingest.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * The CI pipelines of a scan, as evidence for the criteria: CI files read by {@link PipelineReader} (the
 * file is read a second time, after the checks' YAML pass: pipeline files are few and small), and Tekton
 * objects found among the manifests. A file that cannot be read or parsed contributes no pipeline; its YAML
 * problems are reported by the checks already.
 */
final class CiPipelines {
    private static final PipelineReader READER = new PipelineReader();
    private static final Set<String> TEKTON_KINDS = Set.of("Pipeline", "PipelineRun", "Task", "TaskRun");

    private CiPipelines() {}

    static List<Pipeline> read(DiscoveredFile file) {
        try {
            DecodedText text = SourceText.decode(Files.readAllBytes(file.file()));
            return text.ok() ? READER.read(file.path(), text.text()).pipelines() : List.of();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    static List<Pipeline> tekton(K8sObject object) {
        String apiVersion = object.ref().apiVersion();
        if (apiVersion == null || !apiVersion.startsWith("tekton.dev/") || !TEKTON_KINDS.contains(object.kind())) {
            return List.of();
        }
        return READER.readTekton(object, null).pipelines();
    }
}
