package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A {@code RUN} that refreshes the package index ({@code apt-get update}, {@code apk update},
 * {@code zypper refresh}, {@code dnf makecache}) and installs nothing. Docker keeps that layer in its build
 * cache and reuses it as long as the line does not change, so the {@code RUN} that installs later reads an
 * index as old as the cache: it installs outdated packages, or fails once the mirror has dropped the
 * versions the index names. Every stage is judged, since a build stage fails the same way.
 */
public final class PackageIndexAloneCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-016", "run-update-alone")
            .title("RUN refreshes the package index without installing")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.CHECKOV, "CKV_DOCKER_5")
            .equivalent(Peer.TRIVY, "DS-0017")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction run : stage.all("RUN")) {
                List<PackageCommand> commands = PackageCommand.in(run);
                Optional<PackageCommand> refresh = commands.stream().filter(PackageCommand::refreshesIndex).findFirst();
                if (refresh.isPresent() && commands.stream().noneMatch(PackageCommand::installs)) {
                    PackageCommand p = refresh.get();
                    findings.report(stage, run, "RUN runs " + p.program() + " " + p.subcommand() + " alone: Docker"
                            + " reuses this layer from its build cache, so a later RUN installs from an index as old as"
                            + " the cache, or fails once the mirror has moved on: refresh and install in the same RUN");
                }
            }
        }
    }
}
