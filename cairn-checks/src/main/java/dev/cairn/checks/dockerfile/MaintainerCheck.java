package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;

/**
 * {@code MAINTAINER} is deprecated since Docker 1.13: the author belongs in the standard OCI label, which
 * registries, scanners and {@code docker inspect} read.
 */
public final class MaintainerCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-014", "maintainer-deprecated")
            .title("MAINTAINER instead of an authors label")
            .severity(Severity.INFO)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL4000")
            .equivalent(Peer.CHECKOV, "CKV_DOCKER_6")
            .equivalent(Peer.TRIVY, "DS-0022")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction maintainer : stage.all("MAINTAINER")) {
                String author = maintainer.arguments().isEmpty() ? "..." : maintainer.arguments().replace("\"", "\\\"");
                findings.report(stage, maintainer, "MAINTAINER is deprecated: write LABEL org.opencontainers.image.authors=\""
                        + author + "\" instead");
            }
        }
    }
}
