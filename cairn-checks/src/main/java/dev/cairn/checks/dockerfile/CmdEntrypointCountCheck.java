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
 * Only the last {@code CMD} and the last {@code ENTRYPOINT} of a stage take effect; the earlier ones are
 * dead code that readers take for the real start command. Each overridden one is reported.
 */
public final class CmdEntrypointCountCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-011", "multiple-cmd-entrypoint")
            .title("Stage has more than one CMD or ENTRYPOINT")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL4003")
            .equivalent(Peer.HADOLINT, "DL4004")
            .equivalent(Peer.TRIVY, "DS-0016")
            .equivalent(Peer.TRIVY, "DS-0007")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (String keyword : List.of("CMD", "ENTRYPOINT")) {
                List<Instruction> all = stage.all(keyword);
                for (Instruction overridden : all.subList(0, Math.max(0, all.size() - 1))) {
                    findings.report(stage, overridden, keyword + " is overridden by a later " + keyword
                            + " in the same stage and never runs: keep only the last one");
                }
            }
        }
    }
}
