package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * {@code apt-get upgrade} and {@code dist-upgrade} (zypper's {@code dist-upgrade}, and {@code yum update} or
 * {@code dnf upgrade} without package names) pull in whatever the
 * mirror has that day, so the image depends on the build date rather than on the Dockerfile, and a
 * dist-upgrade may even move the distribution on. Security fixes are better taken by moving to a newer
 * base image tag.
 */
public final class PackageUpgradeCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-012", "run-package-upgrade")
            .title("RUN upgrades all installed packages")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3035")
            .equivalent(Peer.TRIVY, "DS-0024")
            .build();

    private static final Set<String> APT_UPGRADES = Set.of("upgrade", "dist-upgrade", "full-upgrade");
    private static final Set<String> ZYPPER_UPGRADES = Set.of("dist-upgrade", "dup");
    private static final Set<String> RPM_UPGRADES = Set.of("update", "upgrade", "distro-sync", "dist-upgrade");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction run : stage.all("RUN")) {
                Optional<PackageCommand> upgrade = PackageCommand.in(run).stream().filter(PackageUpgradeCheck::upgradesAll).findFirst();
                upgrade.ifPresent(p -> findings.report(stage, run, "RUN runs " + p.program() + " "
                        + p.subcommand() + ", so the image depends on the day it was built: use a newer base image"
                        + " tag instead, and install only the packages you need"));
            }
        }
    }

    private static boolean upgradesAll(PackageCommand p) {
        return switch (p.manager()) {
            case APT -> APT_UPGRADES.contains(p.subcommand());
            case ZYPPER -> ZYPPER_UPGRADES.contains(p.subcommand());
            case APK -> false;
            case YUM, DNF -> RPM_UPGRADES.contains(p.subcommand()) && p.operands().isEmpty(); // named packages are updates of those only
        };
    }
}
