package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.List;

/**
 * Only the last {@code HEALTHCHECK} of a stage takes effect; the earlier ones mislead the reader. Each one
 * before the last is reported, in the stages that ship.
 */
public final class HealthcheckCountCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-021", "multiple-healthcheck")
            .title("Stage has more than one HEALTHCHECK")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3012")
            .equivalent(Peer.TRIVY, "DS-0023")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : ShippedStages.of(dockerfile)) {
            List<Instruction> checks = stage.all("HEALTHCHECK");
            Instruction last = checks.isEmpty() ? null : checks.getLast();
            for (Instruction earlier : checks.subList(0, Math.max(0, checks.size() - 1))) {
                findings.report(stage, earlier, "this HEALTHCHECK has no effect: the one on line "
                        + last.span().startLine() + " replaces it; keep one");
            }
        }
    }
}
