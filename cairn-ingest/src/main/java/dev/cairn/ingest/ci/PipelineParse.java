package dev.cairn.ingest.ci;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.Pipeline;
import java.util.List;

/**
 * What reading one pipeline file gave: its pipelines (a GitHub workflow is one; a Drone or Tekton file may
 * hold several) and why parts of it could not be read. Problems and pipelines may both be present: a
 * broken job is a problem, the other jobs are still modelled.
 */
public record PipelineParse(List<Pipeline> pipelines, List<ParseProblem> problems) {
    public PipelineParse {
        pipelines = List.copyOf(pipelines);
        problems = List.copyOf(problems);
    }

    static PipelineParse empty() {
        return new PipelineParse(List.of(), List.of());
    }
}
