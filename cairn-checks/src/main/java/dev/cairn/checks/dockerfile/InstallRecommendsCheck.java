package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code apt-get install} also installs every package the requested ones recommend: often dozens more than
 * asked for, each of them more to download, to store and to scan for vulnerabilities. Only stages that ship
 * are judged; {@code --no-install-recommends} and {@code -o APT::Install-Recommends=false} pass.
 */
public final class InstallRecommendsCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-017", "apt-install-recommends")
            .title("apt-get installs recommended packages too")
            .severity(Severity.LOW)
            .criteria("TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3015")
            .equivalent(Peer.TRIVY, "DS-0029")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : ShippedStages.of(dockerfile)) {
            for (Instruction run : stage.all("RUN")) {
                Optional<PackageCommand> install = PackageCommand.in(run).stream()
                        .filter(p -> p.manager() == PackageCommand.Manager.APT && p.installs() && !p.operands().isEmpty())
                        .filter(p -> !withoutRecommends(p)).findFirst();
                install.ifPresent(p -> findings.report(stage, run, "RUN runs " + p.program() + " install without"
                        + " --no-install-recommends, so every package the requested ones recommend comes too: add"
                        + " --no-install-recommends and name what the image needs"));
            }
        }
    }

    private static boolean withoutRecommends(PackageCommand p) {
        return p.hasOption("--no-install-recommends") || p.options().stream()
                .anyMatch(o -> o.toLowerCase(Locale.ROOT).replace(" ", "").matches("apt::install-recommends=(false|0|no)"));
    }
}
