package dev.cairn.checks.tool;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.check.SourceCheck;
import dev.cairn.core.check.SourceEvidence;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Severity;
import java.util.Set;

/**
 * A YAML, JSON or Dockerfile that does not parse is deployed by nobody and judged by no other check; kubectl
 * or docker build would reject it. Each problem is reported where the parser stopped, and the other
 * documents of the file are still scanned.
 */
public final class ParseErrorCheck implements SourceCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("CAIRN-001", "parse-error")
            .title("File cannot be parsed")
            .severity(Severity.HIGH)
            .aspect(Aspect.TECHNOLOGY)
            .criteria("TEC-26")
            .inputs(InputKind.YAML_FILE, InputKind.DOCKERFILE)
            .build();

    private static final Set<FileKind> PARSED = Set.of(FileKind.MANIFEST, FileKind.KUSTOMIZATION, FileKind.KUSTOMIZE_PATCH,
            FileKind.HELM_CHART, FileKind.HELM_VALUES, FileKind.CI_PIPELINE, FileKind.CAIRN_CONFIG, FileKind.DOCKERFILE);

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(SourceEvidence source) {
        return PARSED.contains(source.kind());
    }

    @Override
    public void check(SourceEvidence source, FindingSink sink) {
        for (ParseProblem problem : source.problems()) {
            String where = problem.document() == null ? "" : " (document " + (problem.document() + 1) + ")";
            sink.report(new Location(source.path(), problem.span(), null, problem.document()), null,
                    source.path().fileName() + " cannot be parsed" + where + ": " + problem.message());
        }
    }
}
