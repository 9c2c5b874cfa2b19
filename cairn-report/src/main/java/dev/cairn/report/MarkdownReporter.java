package dev.cairn.report;

import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.NextStep;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.Span;
import dev.cairn.core.model.Target;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A summary sized for a pull-request comment: counts, Level 1 per aspect, the gravest counted findings and the
 * next steps. Locations are plain {@code path:line} text, never links, since the comment cannot know the
 * repository's web address. It stays under GitHub's comment limit (65,536 characters): lists stop at
 * {@link #TOP}, quoted values at {@link Markdown#MAX_CODE}, and anything still too long is cut with a note.
 */
public final class MarkdownReporter implements Reporter {
    /** GitHub refuses longer comment bodies. */
    public static final int GITHUB_COMMENT_LIMIT = 65_536;
    static final int TOP = 10;
    private static final String TRUNCATED =
            "\n_Cut to fit a pull-request comment: `cairn scan --format html` shows the whole report._\n";
    private static final DateTimeFormatter SCANNED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final List<Severity> HIGHEST_FIRST = List.of(Severity.values()).reversed();

    private final int limit;

    public MarkdownReporter() {
        this(GITHUB_COMMENT_LIMIT);
    }

    /** @param limit the most characters the output may have, the truncation note included */
    MarkdownReporter(int limit) {
        if (limit < TRUNCATED.length() * 2) {
            throw new IllegalArgumentException("a limit of " + limit + " characters leaves no room for the report");
        }
        this.limit = limit;
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(title(report.target()));
        lines.add("");
        lines.add(counts(report));
        section(lines, "Level 1 by aspect", aspects(report.aspects()));
        section(lines, "Findings by severity", severities(report));
        section(lines, "Top findings", topFindings(report));
        section(lines, "Next steps", nextSteps(report));
        lines.add("");
        lines.add("_" + Markdown.text(report.tool().name() + " " + report.tool().version() + ", ruleset "
                + report.tool().rulesetVersion()) + (report.target().scannedAt() == null ? "" : ", scanned "
                + SCANNED_AT.format(report.target().scannedAt())) + "_");
        out.write(fit(String.join("\n", lines) + "\n"));
        out.flush();
    }

    private static void section(List<String> lines, String heading, List<String> body) {
        lines.add("");
        lines.add("### " + heading);
        lines.add("");
        lines.addAll(body);
    }

    private static String title(Target target) {
        return "## cairn: " + Markdown.code(target.path())
                + (target.commit() == null ? "" : " @ " + Markdown.code(Display.shortCommit(target.commit())));
    }

    /** {@code **3 counted findings** · 1 suppressed · checks: ...} and, when checks threw, a warning. */
    private static String counts(ScanReport report) {
        int counted = report.countedFindings().size();
        int suppressed = report.findings().size() - counted;
        String line = (counted == 0 ? "**No counted findings**" : "**" + counted
                + (counted == 1 ? " counted finding**" : " counted findings**"))
                + (suppressed > 0 ? " · " + suppressed + " suppressed" : "") + " · " + checks(report.checks());
        List<String> errors = report.checks().stream().filter(c -> c.status() == CheckStatus.ERROR)
                .map(c -> c.checkId() + (c.slug() == null ? "" : " " + Markdown.text(c.slug()))).toList();
        if (!errors.isEmpty()) {
            line += "\n\n**" + (errors.size() == 1 ? "1 check could not run**: " : errors.size() + " checks could not run**: ")
                    + String.join(", ", errors) + (errors.size() == 1 ? ". What it judges" : ". What they judge")
                    + " is missing from this report.";
        }
        return line;
    }

    private static String checks(List<CheckResult> checks) {
        Map<CheckStatus, Long> byStatus = checks.stream().collect(
                Collectors.groupingBy(CheckResult::status, () -> new EnumMap<>(CheckStatus.class), Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (CheckStatus status : CheckStatus.values()) {
            long n = byStatus.getOrDefault(status, 0L);
            if (n > 0 || status == CheckStatus.PASS || status == CheckStatus.FAIL) {
                parts.add(n + " " + Display.words(status));
            }
        }
        return "checks: " + String.join(", ", parts);
    }

    private static List<String> aspects(List<AspectScore> aspects) {
        if (aspects.isEmpty()) {
            return List.of("_No aspect scores in this report._");
        }
        List<String> rows = new ArrayList<>(List.of("| Aspect | State | Score | Coverage |", "|---|---|--:|--:|"));
        for (AspectScore a : aspects) {
            rows.add("| " + a.aspect().title() + " | " + Display.words(a.state()) + " | "
                    + (a.score() == null ? "not scored" : a.score() + "/100") + " | " + Display.percent(a.coverage()) + " |");
        }
        return rows;
    }

    private static List<String> severities(ScanReport report) {
        StringBuilder header = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        StringBuilder counts = new StringBuilder("|");
        for (Severity s : HIGHEST_FIRST) {
            header.append(' ').append(s.id()).append(" |");
            rule.append("--:|");
            counts.append(' ').append(report.countedFindings().stream().filter(f -> f.severity() == s).count()).append(" |");
        }
        header.append(" suppressed |");
        rule.append("--:|");
        counts.append(' ').append(report.findings().size() - report.countedFindings().size()).append(" |");
        return List.of(header.toString(), rule.toString(), counts.toString());
    }

    /** The gravest counted findings; within one severity the report's own order (path, line, column, check). */
    private static List<String> topFindings(ScanReport report) {
        List<Finding> counted = new ArrayList<>(report.countedFindings());
        if (counted.isEmpty()) {
            return List.of("_None._");
        }
        counted.sort(Comparator.comparing(Finding::severity).reversed());
        List<String> rows = new ArrayList<>(List.of("| Severity | Location | Check | Message |", "|---|---|---|---|"));
        for (Finding f : counted.subList(0, Math.min(TOP, counted.size()))) {
            rows.add("| " + f.severity().id() + " | " + Markdown.cell(pathAndLine(f)) + " | " + f.checkId()
                    + (f.slug() == null ? "" : " " + Markdown.text(f.slug())) + " | " + Markdown.cell(f.message()) + " |");
        }
        if (counted.size() > TOP) {
            rows.add("");
            rows.add("_" + TOP + " of " + counted.size() + " counted findings, the gravest first;"
                    + " `cairn scan --format html` lists them all._");
        }
        return rows;
    }

    private static String pathAndLine(Finding f) {
        Span span = f.location().span();
        return f.location().path().value() + (span == null ? "" : ":" + span.startLine());
    }

    private static List<String> nextSteps(ScanReport report) {
        if (report.nextSteps().isEmpty()) {
            return List.of("_No next steps in this report._");
        }
        List<String> lines = new ArrayList<>();
        for (NextStep step : report.nextSteps().subList(0, Math.min(TOP, report.nextSteps().size()))) {
            StringBuilder line = new StringBuilder().append(step.rank()).append(". ");
            if (step.criterion() != null) line.append("**").append(Markdown.text(step.criterion())).append("** ");
            line.append(Markdown.text(step.title()));
            List<String> where = new ArrayList<>();
            if (step.location() != null) {
                Span span = step.location().span();
                where.add(Markdown.code(step.location().path().value() + (span == null ? "" : ":" + span.startLine())));
            }
            if (step.hint() != null) where.add(Markdown.text(step.hint()));
            if (!where.isEmpty()) line.append(": ").append(String.join(", ", where));
            if (step.checkId() != null) line.append(" (").append(step.checkId()).append(')');
            lines.add(line.toString());
        }
        if (report.nextSteps().size() > TOP) {
            lines.add("");
            lines.add("_" + TOP + " of " + report.nextSteps().size() + " next steps; `cairn scan --format html` lists them all._");
        }
        return lines;
    }

    /** Cuts at the last whole line that leaves room for the note, so that no table row or code span is split. */
    private String fit(String markdown) {
        if (markdown.length() <= limit) {
            return markdown;
        }
        int end = markdown.lastIndexOf('\n', limit - TRUNCATED.length() - 1);
        return markdown.substring(0, end + 1) + TRUNCATED;
    }
}
