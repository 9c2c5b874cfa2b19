package dev.cairn.core.check;

import dev.cairn.core.model.SourcePath;
import java.util.List;

/**
 * What was learned from one file that is not a Kubernetes object: its kind and the problems met while
 * parsing it. Later capabilities add Dockerfile and pipeline models here.
 */
public record SourceEvidence(SourcePath path, FileKind kind, int documents, List<ParseProblem> problems) {
    public SourceEvidence {
        problems = List.copyOf(problems);
    }
}
