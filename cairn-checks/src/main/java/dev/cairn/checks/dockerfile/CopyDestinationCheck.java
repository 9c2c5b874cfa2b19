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
 * {@code COPY} or {@code ADD} with several sources and a destination that does not end with {@code /}: Docker
 * refuses it ("the destination must be a directory and end with a /"). Here-documents are not judged, and
 * neither is a destination that is a variable.
 */
public final class CopyDestinationCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-020", "copy-destination-not-directory")
            .title("COPY of several sources to a destination that is not a directory")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3021")
            .equivalent(Peer.TRIVY, "DS-0011")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction copy : stage.instructions()) {
                if (!(copy.is("COPY") || copy.is("ADD")) || !copy.heredocs().isEmpty()) {
                    continue;
                }
                List<String> words = Words.of(copy);
                String destination = words.isEmpty() ? "" : words.getLast();
                if (words.size() > 2 && !destination.endsWith("/") && !destination.contains("$")) {
                    findings.report(stage, copy, copy.keyword() + " copies " + (words.size() - 1) + " sources to "
                            + destination + ", which does not end with /, so the build fails: write " + destination + "/");
                }
            }
        }
    }
}
