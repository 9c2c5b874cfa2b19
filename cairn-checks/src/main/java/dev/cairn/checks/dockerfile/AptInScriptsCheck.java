package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;

/**
 * {@code apt} is the interactive front end: its output and options may change between releases, and it says
 * so ("apt does not have a stable CLI interface. Use with caution in scripts"). A {@code RUN} is a script;
 * {@code apt-get} and {@code apt-cache} are the stable commands for it.
 */
public final class AptInScriptsCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-023", "apt-instead-of-apt-get")
            .title("RUN uses apt instead of apt-get")
            .severity(Severity.INFO)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3027")
            .equivalent(Peer.CHECKOV, "CKV_DOCKER_9")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction run : stage.all("RUN")) {
                PackageCommand.in(run).stream()
                        .filter(p -> p.program().equals("apt")).findFirst()
                        .ifPresent(p -> findings.report(stage, run, "RUN runs apt" + (p.subcommand().isEmpty() ? "" : " "
                                + p.subcommand()) + ", whose command line is not stable for scripts: use apt-get (and"
                                + " apt-cache to search)"));
            }
        }
    }
}
