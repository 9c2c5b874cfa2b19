package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.Optional;

/**
 * {@code apt-get install}, {@code yum install}, {@code dnf install} and {@code zypper install} ask "Do you want
 * to continue?" whenever they would install more than the packages named, and a build has no one to answer:
 * the command aborts, and the build fails. Whether it asks depends on what the base image already holds, so a
 * Dockerfile that built yesterday breaks after a base image update. Every stage is judged.
 */
public final class InstallPromptCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-018", "install-without-yes")
            .title("Package install may stop at a confirmation prompt")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3014")
            .equivalent(Peer.HADOLINT, "DL3030")
            .equivalent(Peer.HADOLINT, "DL3038")
            .equivalent(Peer.HADOLINT, "DL3034")
            .equivalent(Peer.TRIVY, "DS-0021")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction run : stage.all("RUN")) {
                Optional<PackageCommand> asking = PackageCommand.in(run).stream()
                        .filter(p -> p.installs() && !p.operands().isEmpty() && !p.assumesYes()).findFirst();
                asking.ifPresent(p -> findings.report(stage, run, "RUN runs " + p.program() + " " + p.subcommand()
                        + " without " + answer(p) + ", so the build stops with no one to answer whenever it would"
                        + " install more than the packages named: add " + answer(p)));
            }
        }
    }

    private static String answer(PackageCommand p) {
        return p.manager() == PackageCommand.Manager.ZYPPER ? "--non-interactive" : "-y";
    }
}
