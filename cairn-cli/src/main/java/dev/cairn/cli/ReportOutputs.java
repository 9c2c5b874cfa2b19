package dev.cairn.cli;

import dev.cairn.core.model.Finding;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.report.Format;
import dev.cairn.report.KpiTrendPoint;
import dev.cairn.report.Reporters;
import dev.cairn.report.RuleCatalog;
import dev.cairn.report.TerminalStyle;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The {@code --format} outputs and the {@code --fail-on} gate of a command that writes a {@link ScanReport},
 * with the same rules and messages as {@code cairn scan}: at most one format on stdout, text by default.
 */
final class ReportOutputs {
    private final List<OutputTarget> targets;
    private final Severity threshold;
    private final CommandLine.Model.CommandSpec spec;
    private final Environment env;

    private ReportOutputs(List<OutputTarget> targets, Severity threshold, CommandLine.Model.CommandSpec spec,
            Environment env) {
        this.targets = targets;
        this.threshold = threshold;
        this.spec = spec;
        this.env = env;
    }

    static ReportOutputs parse(List<String> formats, String failOn, CommandLine.Model.CommandSpec spec, Environment env) {
        List<OutputTarget> parsed = new ArrayList<>();
        for (String f : formats) {
            try {
                parsed.add(OutputTarget.parse(f));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (parsed.stream().filter(t -> t.file() == null).count() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "at most one --format may go to stdout; give the others a file, e.g. --format json=cairn.json");
        }
        if (parsed.isEmpty()) {
            parsed.add(new OutputTarget(Format.TEXT, null));
        }
        Severity threshold = null;
        if (!failOn.equals("none")) {
            try {
                threshold = Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--fail-on takes none, info, low, medium, high or critical, not '" + failOn + "'");
            }
        }
        return new ReportOutputs(parsed, threshold, spec, env);
    }

    /** Whether one of the outputs is in this format (the HTML report's KPI trend needs the history read). */
    boolean includes(Format format) {
        return targets.stream().anyMatch(t -> t.format() == format);
    }

    /** Writes every output; false (after saying why) when a file could not be written. */
    boolean write(ScanReport report, RuleCatalog rules) throws IOException {
        return write(report, rules, List.of());
    }

    /** As {@link #write(ScanReport, RuleCatalog)}, with the KPI history the HTML report charts. */
    boolean write(ScanReport report, RuleCatalog rules, List<KpiTrendPoint> trend) throws IOException {
        for (OutputTarget target : targets) {
            TerminalStyle style = target.file() == null ? env.terminal().style() : TerminalStyle.PLAIN;
            var reporter = Reporters.forFormat(target.format(), style, rules, trend);
            if (target.file() == null) {
                Writer out = spec.commandLine().getOut();
                reporter.write(report, out);
                out.flush();
                continue;
            }
            try (Writer out = Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8)) {
                reporter.write(report, out);
            } catch (IOException e) {
                spec.commandLine().getErr().println("cairn: cannot write " + target.file() + ": " + e.getMessage());
                return false;
            }
        }
        return true;
    }

    int gate(ScanReport report) {
        if (threshold == null) {
            return ExitCode.OK;
        }
        boolean failing = report.findings().stream().filter(Finding::counts).anyMatch(f -> f.severity().atLeast(threshold));
        return failing ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
