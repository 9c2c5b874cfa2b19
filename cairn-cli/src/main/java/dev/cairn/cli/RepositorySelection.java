package dev.cairn.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The repository and its answers file, as {@code cairn maturity} and {@code cairn assess} take them. */
final class RepositorySelection {
    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Repository folder (default: .)")
    Path path = Path.of(".");

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Self-assessment answers (default: .cairn/assessment.yaml at PATH)")
    Path answers;

    /** The repository's configuration and answers, or a usage error that says what to type instead. */
    RepositoryAssessment open(CommandLine commandLine) {
        return RepositoryAssessment.of(commandLine, path, answers);
    }
}
