package dev.cairn.core.check;

import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.model.SourcePath;
import java.util.List;

/**
 * What was learned from one file that is not a Kubernetes object: its kind, the problems met while
 * parsing it and, for Dockerfiles, the parsed model. Later capabilities add pipeline models here.
 *
 * @param dockerfile the parsed Dockerfile when {@code kind} is {@link FileKind#DOCKERFILE} and the file could
 *                   be decoded; null otherwise
 */
public record SourceEvidence(SourcePath path, FileKind kind, int documents, List<ParseProblem> problems,
        Dockerfile dockerfile) {
    public SourceEvidence {
        problems = List.copyOf(problems);
    }

    /** Evidence of a file that has no Dockerfile model. */
    public SourceEvidence(SourcePath path, FileKind kind, int documents, List<ParseProblem> problems) {
        this(path, kind, documents, problems, null);
    }
}
