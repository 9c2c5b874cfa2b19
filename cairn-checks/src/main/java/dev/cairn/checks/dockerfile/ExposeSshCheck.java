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
 * {@code EXPOSE 22} in the image that ships: an SSH daemon in a container, a second way in beside the
 * application that needs keys, patches and its own audit. Only the stages that end up in an image are
 * judged; {@code 22}, {@code 22/tcp} and a range that starts at 22 count.
 */
public final class ExposeSshCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-015", "expose-ssh")
            .title("Image exposes the SSH port")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.CHECKOV, "CKV_DOCKER_1")
            .equivalent(Peer.TRIVY, "DS-0004")
            .build();

    private static final Pattern SSH = Pattern.compile("22(?:-\\d+)?(?:/tcp)?", Pattern.CASE_INSENSITIVE);

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : ShippedStages.of(dockerfile)) {
            for (Instruction expose : stage.all("EXPOSE")) {
                if (Words.of(expose).stream().anyMatch(port -> SSH.matcher(port).matches())) {
                    findings.report(stage, expose, "EXPOSE " + expose.arguments() + " opens the SSH port, a way into the"
                            + " container beside the application: drop the SSH server (kubectl debug attaches a temporary"
                            + " container when someone must look inside)");
                }
            }
        }
    }
}
