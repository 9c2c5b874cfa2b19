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
 * Package indexes downloaded by {@code apt-get} and {@code apk} stay in the layer of the {@code RUN} that
 * fetched them; removing them in a later {@code RUN} does not shrink the image. Only stages that ship are
 * judged, and a {@code RUN --mount=type=cache} on the cache directory keeps it out of the image too.
 */
public final class PackageCacheCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-004", "run-package-cache-kept")
            .title("Package manager cache left in the image")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3009")
            .equivalent(Peer.HADOLINT, "DL3019")
            .equivalent(Peer.TRIVY, "DS-0025")
            .build();

    private static final String APT_LISTS = "/var/lib/apt/lists";
    private static final String APK_CACHE = "/var/cache/apk";

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : ShippedStages.of(dockerfile)) {
            for (Instruction run : stage.all("RUN")) {
                List<SimpleCommand> commands = RunScript.of(run);
                List<PackageCommand> installs = commands.stream().flatMap(c -> PackageCommand.of(c).stream())
                        .filter(PackageCommand::installs).toList();
                boolean apt = installs.stream().anyMatch(p -> p.manager() == PackageCommand.Manager.APT);
                if (apt && !removes(commands, APT_LISTS) && !cacheMount(run, "/var/lib/apt")) {
                    findings.report(stage, run, "RUN installs packages with apt-get but keeps " + APT_LISTS
                            + ": end the same RUN with && rm -rf " + APT_LISTS + "/*");
                }
                boolean apkCached = installs.stream().anyMatch(p -> p.manager() == PackageCommand.Manager.APK
                        && !p.hasOption("--no-cache"));
                if (apkCached && !removes(commands, APK_CACHE) && !cacheMount(run, APK_CACHE)) {
                    findings.report(stage, run, "RUN installs packages with apk add without --no-cache, which keeps"
                            + " the package index in the image: use apk add --no-cache");
                }
            }
        }
    }

    private static boolean removes(List<SimpleCommand> commands, String directory) {
        return commands.stream().filter(c -> c.program().equals("rm"))
                .anyMatch(c -> c.arguments().stream().anyMatch(a -> a.startsWith(directory)));
    }

    private static boolean cacheMount(Instruction run, String directory) {
        return run.flagValues("mount").stream().anyMatch(m -> m.contains("type=cache")
                && (m.contains("target=" + directory) || m.contains("dst=" + directory)
                        || m.contains("destination=" + directory)));
    }
}
