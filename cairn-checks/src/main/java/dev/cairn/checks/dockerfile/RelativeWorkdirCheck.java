package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.regex.Pattern;

/**
 * A relative {@code WORKDIR} resolves against whatever directory the base image or an earlier
 * {@code WORKDIR} left, so the files land somewhere that changes when the base image does. Variable
 * references and Windows paths ({@code C:\app}) are not judged.
 */
public final class RelativeWorkdirCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-010", "workdir-relative")
            .title("WORKDIR is a relative path")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3000")
            .equivalent(Peer.CHECKOV, "CKV_DOCKER_10")
            .equivalent(Peer.TRIVY, "DS-0009")
            .build();

    private static final Pattern ABSOLUTE = Pattern.compile("(/|\\$|[A-Za-z]:[\\\\/]|\\\\).*");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction workdir : stage.all("WORKDIR")) {
                String path = String.join(" ", Words.split(workdir.arguments()));
                // The raw text too: with the default escape character, C:\app loses its backslash in word splitting.
                if (!path.isEmpty() && !ABSOLUTE.matcher(path).matches()
                        && !ABSOLUTE.matcher(workdir.arguments()).matches()) {
                    findings.report(stage, workdir, "WORKDIR " + path + " is relative to the previous working"
                            + " directory: use an absolute path such as /" + path);
                }
            }
        }
    }
}
