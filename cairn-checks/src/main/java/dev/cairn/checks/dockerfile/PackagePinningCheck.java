package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code apt-get install curl} installs whatever version the mirror has on the day of the build, so two
 * builds of the same Dockerfile differ. Pinning ({@code curl=8.5.0-2}, {@code apk add curl=8.9.1-r0},
 * {@code dnf install curl-8.6.0}) makes the build repeatable. Local {@code .deb} and {@code .rpm} files and
 * variable references are not judged.
 */
public final class PackagePinningCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-005", "run-package-unpinned")
            .title("Package installed without a pinned version")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3008")
            .equivalent(Peer.HADOLINT, "DL3018")
            .equivalent(Peer.HADOLINT, "DL3033")
            .equivalent(Peer.HADOLINT, "DL3041")
            .build();

    /** How many package names a message lists before it says "and N more". */
    private static final int SHOWN = 5;
    /** {@code name-version}: a hyphen before a digit ({@code curl-8.6.0}, {@code glibc-2.34-100.el9}). */
    private static final Pattern RPM_VERSIONED = Pattern.compile(".+-[0-9].*");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction run : stage.all("RUN")) {
                List<String> unpinned = new ArrayList<>();
                String form = null;
                for (SimpleCommand command : RunScript.of(run)) {
                    Optional<PackageCommand> install = PackageCommand.of(command).filter(PackageCommand::installs)
                            .filter(p -> p.manager() != PackageCommand.Manager.ZYPPER);
                    if (install.isPresent()) {
                        PackageCommand p = install.get();
                        boolean rpm = p.manager() == PackageCommand.Manager.YUM || p.manager() == PackageCommand.Manager.DNF;
                        int before = unpinned.size();
                        p.operands().stream().filter(rpm ? PackagePinningCheck::unpinnedRpm : PackagePinningCheck::unpinned)
                                .forEach(unpinned::add);
                        if (form == null && unpinned.size() > before) {
                            form = rpm ? "name-version" : "name=version";
                        }
                    }
                }
                if (!unpinned.isEmpty()) {
                    findings.report(stage, run, "RUN installs " + list(unpinned) + " without a version: pin each"
                            + " package (" + form + ") so that rebuilds install the same versions");
                }
            }
        }
    }

    private static boolean unpinned(String pkg) {
        return !pkg.contains("=") && !pkg.contains("~") && !pkg.contains("<") && !pkg.contains(">")
                && !pkg.contains("/") && !pkg.endsWith(".deb") && !pkg.endsWith(".apk") && !pkg.contains("$")
                && !pkg.isEmpty();
    }

    /**
     * yum and dnf take {@code name-version[-release]}: a hyphen before a digit. Groups ({@code @...}), module
     * streams ({@code nodejs:20}), local or remote {@code .rpm} files and variables are not judged.
     */
    private static boolean unpinnedRpm(String pkg) {
        return !RPM_VERSIONED.matcher(pkg).matches() && !pkg.startsWith("@") && !pkg.contains(":") && !pkg.contains("/")
                && !pkg.endsWith(".rpm") && !pkg.contains("$") && !pkg.contains("=") && !pkg.contains("<")
                && !pkg.contains(">") && !pkg.isEmpty();
    }

    private static String list(List<String> packages) {
        String shown = String.join(", ", packages.subList(0, Math.min(SHOWN, packages.size())));
        return packages.size() > SHOWN ? shown + " and " + (packages.size() - SHOWN) + " more" : shown;
    }
}
