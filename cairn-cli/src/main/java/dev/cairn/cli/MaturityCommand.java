package dev.cairn.cli;

import dev.cairn.core.model.ScanReport;
import dev.cairn.engine.ScanFailedException;
import dev.cairn.report.Reporter;
import dev.cairn.report.ScorecardJsonReporter;
import dev.cairn.report.TextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cairn maturity [PATH]}: the Level 1 scorecard alone — aspects, every criterion, next steps. */
@Command(name = "maturity", mixinStandardHelpOptions = true,
        description = "The Level 1 scorecard: each aspect's state, score and coverage, every criterion with its evidence.",
        footer = {"", "Answer what evidence cannot show with cairn assess (or commit .cairn/assessment.yaml)."})
public final class MaturityCommand implements Callable<Integer> {
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RepositorySelection repository = new RepositorySelection();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text)")
    String format = "text";

    public MaturityCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "': use text or json");
        }
        RepositoryAssessment repo = repository.open(spec.commandLine());
        ScanReport report;
        try {
            report = repo.scan(env, repo.answers(spec.commandLine()));
        } catch (ScanFailedException e) {
            spec.commandLine().getErr().println("cairn: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        Reporter reporter = format.equals("json") ? new ScorecardJsonReporter() : TextReporter.scorecard(env.terminal().style());
        reporter.write(report, out);
        out.flush();
        return ExitCode.OK;
    }
}
