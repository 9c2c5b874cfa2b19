package dev.cairn.core.check;

import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.model.SourcePath;
import java.util.List;

/**
 * What was learned from one file that is not a Kubernetes object: its kind, the problems met while
 * parsing it and, for Dockerfiles, the parsed model. Later capabilities add pipeline models here.
 *
 * @param dockerfile     the parsed Dockerfile when {@code kind} is {@link FileKind#DOCKERFILE} and the file could
 *                       be decoded; null otherwise
 * @param rendered       whether this is a kustomization or chart that was rendered (or a template Helm rendered)
 * @param renderProblems why kustomize or Helm could not render it
 */
public record SourceEvidence(SourcePath path, FileKind kind, int documents, List<ParseProblem> problems,
        Dockerfile dockerfile, boolean rendered, List<RenderProblem> renderProblems) {
    public SourceEvidence {
        problems = List.copyOf(problems);
        renderProblems = List.copyOf(renderProblems);
    }

    /** Evidence of a file that has no Dockerfile model. */
    public SourceEvidence(SourcePath path, FileKind kind, int documents, List<ParseProblem> problems) {
        this(path, kind, documents, problems, null);
    }

    public SourceEvidence(SourcePath path, FileKind kind, int documents, List<ParseProblem> problems,
            Dockerfile dockerfile) {
        this(path, kind, documents, problems, dockerfile, false, List.of());
    }

    /** A kustomization, chart or template a renderer rendered, with what it could not render (none when it could). */
    public static SourceEvidence rendered(SourcePath path, FileKind kind, List<RenderProblem> problems) {
        return new SourceEvidence(path, kind, 0, List.of(), null, true, problems);
    }
}
