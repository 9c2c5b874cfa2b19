package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;

/**
 * {@code sudo} in a {@code RUN} means the image ships sudo and a user allowed to use it, a ready path from
 * the application user back to root; its TTY and environment handling also misbehave in builds.
 */
public final class RunSudoCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-009", "run-sudo")
            .title("RUN uses sudo")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3004")
            .equivalent(Peer.CHECKOV, "CKV2_DOCKER_1")
            .equivalent(Peer.TRIVY, "DS-0010")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction run : stage.all("RUN")) {
                if (RunScript.of(run).stream().anyMatch(SimpleCommand::usesSudo)) {
                    findings.report(stage, run, "RUN uses sudo: run the step as root with USER root before it and"
                            + " switch back to the non-root USER after it, without installing sudo");
                }
            }
        }
    }
}
