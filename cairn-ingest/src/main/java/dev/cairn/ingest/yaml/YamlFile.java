package dev.cairn.ingest.yaml;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YDocument;
import java.util.List;

/**
 * What was read from one YAML file: the documents that parsed, in order, and why the others did not.
 * A broken document keeps its index, so {@code documents} may skip indexes that {@code problems} name.
 */
public record YamlFile(SourcePath path, List<YDocument> documents, List<ParseProblem> problems) {
    public YamlFile {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
