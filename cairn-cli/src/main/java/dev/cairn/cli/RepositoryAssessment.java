package dev.cairn.cli;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.core.assessment.Answers;
import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.ConfigException;
import dev.cairn.core.model.ScanReport;
import dev.cairn.engine.KpiCollector;
import dev.cairn.engine.ScanFailedException;
import dev.cairn.engine.ScanRequest;
import dev.cairn.engine.Scanner;
import dev.cairn.ingest.assessment.AnswersFile;
import dev.cairn.checks.k8s.KubeVersionParams;
import dev.cairn.ingest.config.ConfigLoader;
import dev.cairn.ingest.render.RenderMode;
import dev.cairn.ingest.render.Rendering;
import dev.cairn.maturity.assess.Assessment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The scan behind {@code cairn maturity} and {@code cairn assess}: the repository's {@code .cairn.yaml}
 * and answers, then a full scan (the criteria need the checks' findings). Problems with the input are
 * usage errors that say what to type instead.
 */
final class RepositoryAssessment {
    final Path root;
    final Path answersFile;
    final CairnConfig config;
    final CheckRegistry registry = BuiltInChecks.registry();

    private RepositoryAssessment(Path root, Path answersFile, CairnConfig config) {
        this.root = root;
        this.answersFile = answersFile;
        this.config = config;
    }

    /** @throws CommandLine.ParameterException for a missing folder or an invalid configuration */
    static RepositoryAssessment of(CommandLine cl, Path root, Path answers) {
        if (!Files.isDirectory(root)) {
            throw new CommandLine.ParameterException(cl, "no such directory: " + root
                    + " (give the repository folder, e.g. cairn " + cl.getCommandName() + " .)");
        }
        CheckRegistry registry = BuiltInChecks.registry();
        try {
            CairnConfig config = new ConfigLoader(registry).loadFromRoot(root);
            return new RepositoryAssessment(root, answers != null ? answers : root.resolve(AnswersFile.DEFAULT_PATH), config);
        } catch (ConfigException e) {
            throw new CommandLine.ParameterException(cl, e.display());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "cannot read " + ConfigLoader.FILE_NAME + ": " + e.getMessage());
        }
    }

    /** The answers given so far; none when the file does not exist yet. */
    Answers answers(CommandLine cl) {
        try {
            return Files.isRegularFile(answersFile)
                    ? AnswersFile.load(answersFile, display(answersFile), Assessment::acceptsAnswerTo) : Answers.none();
        } catch (ConfigException e) {
            throw new CommandLine.ParameterException(cl, e.display());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "cannot read " + answersFile + ": " + e.getMessage());
        }
    }

    ScanReport scan(Environment env, Answers answers) throws ScanFailedException {
        String display = root.toString().isEmpty() ? "." : root.toString();
        return new Scanner(registry, env.clock(), Version.toolInfo())
                .scan(new ScanRequest(root, display, config, Set.of(), List.of(), true, answers,
                        Rendering.Options.of(RenderMode.AUTO, KubeVersionParams.DEFAULT)
                                .cachedIn(KpiCollector.defaultCacheRoot(System.getenv()))));
    }

    /** Root-relative when the file is inside the root, so that evidence locations read naturally. */
    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path top = root.toAbsolutePath().normalize();
        return abs.startsWith(top) ? top.relativize(abs).toString().replace('\\', '/') : file.toString();
    }
}
