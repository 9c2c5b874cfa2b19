package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * Package indexes and downloads of {@code apt-get}, {@code apk}, {@code yum}, {@code dnf}/{@code microdnf}
 * and {@code zypper} stay in the layer of the {@code RUN} that fetched them; removing them in a later
 * {@code RUN} does not shrink the image. Only stages that ship are judged, and a {@code RUN --mount=type=cache}
 * on the cache directory keeps it out of the image too.
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
            .equivalent(Peer.HADOLINT, "DL3032")
            .equivalent(Peer.HADOLINT, "DL3040")
            .equivalent(Peer.HADOLINT, "DL3036")
            .equivalent(Peer.TRIVY, "DS-0015")
            .equivalent(Peer.TRIVY, "DS-0019")
            .equivalent(Peer.TRIVY, "DS-0020")
            .equivalent(Peer.TRIVY, "DS-0027")
            .build();

    private static final String APT_LISTS = "/var/lib/apt/lists";
    private static final String APK_CACHE = "/var/cache/apk";
    /** Where each rpm-based manager keeps its cache, the usual place first (microdnf uses yum's). */
    private static final Map<PackageCommand.Manager, List<String>> RPM_CACHES = Map.of(
            PackageCommand.Manager.YUM, List.of("/var/cache/yum", "/var/cache/dnf"),
            PackageCommand.Manager.DNF, List.of("/var/cache/dnf", "/var/cache/yum"),
            PackageCommand.Manager.ZYPPER, List.of("/var/cache/zypp"));

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
                installs.stream().filter(p -> RPM_CACHES.containsKey(p.manager())).findFirst()
                        .filter(p -> !cleans(commands, p.manager()) && RPM_CACHES.get(p.manager()).stream()
                                .noneMatch(dir -> removes(commands, dir) || cacheMount(run, dir)))
                        .ifPresent(p -> findings.report(stage, run, "RUN installs packages with " + p.program()
                                + " but keeps its cache in " + RPM_CACHES.get(p.manager()).getFirst()
                                + ": end the same RUN with && " + cleanCommand(p)));
            }
        }
    }

    /** {@code yum clean all}, {@code dnf clean all}, {@code microdnf clean all}, {@code zypper clean} or {@code cc}. */
    private static boolean cleans(List<SimpleCommand> commands, PackageCommand.Manager manager) {
        return commands.stream().flatMap(c -> PackageCommand.of(c).stream()).filter(p -> p.manager() == manager)
                .anyMatch(p -> manager == PackageCommand.Manager.ZYPPER
                        ? p.subcommand().equals("clean") || p.subcommand().equals("cc")
                        : p.subcommand().equals("clean") && p.operands().contains("all"));
    }

    private static String cleanCommand(PackageCommand install) {
        return install.manager() == PackageCommand.Manager.ZYPPER ? "zypper clean --all" : install.program() + " clean all";
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
