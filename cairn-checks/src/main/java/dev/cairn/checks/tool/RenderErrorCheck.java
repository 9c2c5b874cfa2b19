package dev.cairn.checks.tool;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.RenderProblem;
import dev.cairn.core.check.SourceCheck;
import dev.cairn.core.check.SourceEvidence;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Severity;

/**
 * A kustomization that {@code kustomize build} rejects or a chart that {@code helm template} rejects (a missing
 * dependency, a template error) deploys nothing, and what it would deploy goes unchecked. Reported at the
 * line the renderer names, else at the kustomization or {@code Chart.yaml}; its files are still scanned raw.
 */
public final class RenderErrorCheck implements SourceCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("CAIRN-004", "render-error")
            .title("Kustomization or Helm chart cannot be rendered")
            .severity(Severity.HIGH)
            .aspect(Aspect.TECHNOLOGY)
            .criteria("TEC-26")
            .inputs(InputKind.YAML_FILE)
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(SourceEvidence source) {
        return source.rendered();
    }

    @Override
    public void check(SourceEvidence source, FindingSink sink) {
        for (RenderProblem problem : source.renderProblems()) {
            sink.report(new Location(source.path(), problem.span(), null, null), null, problem.message());
        }
    }
}
