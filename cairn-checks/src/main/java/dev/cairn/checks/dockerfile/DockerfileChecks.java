package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.Check;
import java.util.List;

/** The checks on Dockerfiles. */
public final class DockerfileChecks {
    private DockerfileChecks() {}

    public static List<Check> all() {
        return List.of(new RootUserCheck(), new BaseImageTagCheck(), new AddInsteadOfCopyCheck(),
                new PackageCacheCheck(), new PackagePinningCheck(), new CurlPipeShellCheck(), new SecretEnvCheck(),
                new SecretFileCopyCheck(), new RunSudoCheck(), new RelativeWorkdirCheck(),
                new CmdEntrypointCountCheck(), new PackageUpgradeCheck(), new DuplicateStageNameCheck(),
                new MaintainerCheck(), new ExposeSshCheck(), new PackageIndexAloneCheck(),
                new InstallRecommendsCheck(), new InstallPromptCheck(), new CopyFromOwnStageCheck(),
                new CopyDestinationCheck(), new HealthcheckCountCheck(), new ExposePortCheck(), new AptInScriptsCheck());
    }
}
