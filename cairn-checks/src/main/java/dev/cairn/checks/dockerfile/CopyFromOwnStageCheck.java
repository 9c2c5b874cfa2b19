package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.Locale;

/**
 * {@code COPY --from} naming the stage it is in, by name (compared case-insensitively, as Docker does) or by
 * index: a stage cannot copy from itself while it is being built, and BuildKit stops with a circular
 * dependency.
 */
public final class CopyFromOwnStageCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-019", "copy-from-own-stage")
            .title("COPY --from names the stage it is in")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3023")
            .equivalent(Peer.TRIVY, "DS-0006")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction copy : stage.all("COPY")) {
                String from = copy.flag("from").map(f -> f.strip().toLowerCase(Locale.ROOT)).orElse(null);
                if (from != null && (from.equals(stage.name()) || from.equals(Integer.toString(stage.index())))) {
                    findings.report(stage, copy, "COPY --from=" + copy.flag("from").get() + " names the stage it is"
                            + " in, which does not exist yet while it is built, so the build fails: copy from an"
                            + " earlier stage");
                }
            }
        }
    }
}
