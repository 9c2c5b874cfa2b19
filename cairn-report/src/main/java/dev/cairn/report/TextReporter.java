package dev.cairn.report;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.InputCounts;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.LevelTwoItem;
import dev.cairn.core.model.NextStep;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.Target;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The terminal view (PRODUCT.md, "What a user sees"): header, Level 1 standing, findings by severity, KPIs
 * and a closing count. It shows the report; deciding the exit code is the command line's job. Every string
 * that comes from scanned files goes through {@link Printable#clean}.
 */
public final class TextReporter implements Reporter {
    private static final int LABEL = 8;     // "CRITICAL"
    private static final int ASPECT = 18;   // "Business outcomes" plus a space
    private static final int STATE = 21;    // "insufficient evidence"
    private static final int BAR = 12;
    private static final String INDENT = "  ";
    private static final String DETAIL = " ".repeat(INDENT.length() + LABEL + 1);

    private final TerminalStyle style;
    private final boolean scorecard;

    public TextReporter(TerminalStyle style) {
        this(style, false);
    }

    private TextReporter(TerminalStyle style, boolean scorecard) {
        this.style = Objects.requireNonNull(style, "style");
        this.scorecard = scorecard;
    }

    /** {@code cairn maturity}: the Level 1 scorecard alone, with every criterion's verdict, and no findings. */
    public static TextReporter scorecard(TerminalStyle style) {
        return new TextReporter(style, true);
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Paint paint = new Paint(style);
        List<String> lines = new ArrayList<>();
        lines.add(header(report, paint));
        section(lines, levelOne(report, paint));
        if (scorecard) {
            section(lines, criteria(report, paint));
            section(lines, nextSteps(report, paint));
            section(lines, levelTwo(report, paint));
            write(lines, out);
            return;
        }
        section(lines, nextSteps(report, paint));
        section(lines, levelTwo(report, paint));
        section(lines, notes(report, paint));
        section(lines, findings(report, paint));
        section(lines, checkErrors(report, paint));
        section(lines, kpis(report, paint));
        section(lines, List.of(closing(report, paint)));
        write(lines, out);
    }

    private static void write(List<String> lines, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line.stripTrailing()).append('\n');
        }
        out.write(text.toString());
        out.flush();
    }

    /** Sections are separated by one blank line; empty sections leave no trace. */
    private static void section(List<String> lines, List<String> section) {
        if (!section.isEmpty()) {
            lines.add("");
            lines.addAll(section);
        }
    }

    private static String header(ScanReport report, Paint paint) {
        Target target = report.target();
        InputCounts in = target.inputs();
        String where = Printable.clean(target.path())
                + (target.commit() == null ? "" : " @ " + Display.shortCommit(target.commit()));
        String counts = count(in.files(), "file") + ", " + count(in.objects(), "object") + ", "
                + count(in.dockerfiles(), "Dockerfile") + ", " + count(in.pipelines(), "pipeline");
        String seconds = String.format(Locale.ROOT, "%.1f s", target.durationMillis() / 1000.0);
        return paint.bold(Printable.clean(report.tool().name()) + " " + Printable.clean(report.tool().version()))
                + paint.sep() + where + paint.sep() + counts + paint.sep() + seconds;
    }

    private static List<String> levelOne(ScanReport report, Paint paint) {
        if (report.aspects().isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(paint.bold("Level 1 (Build) " + paint.rule() + " where you stand"));
        for (AspectScore score : report.aspects()) {
            boolean scored = score.score() != null && score.state() != AspectState.INSUFFICIENT_EVIDENCE;
            String bar = scored ? paint.state(score.state(), paint.bar(score.score(), BAR)) : " ".repeat(BAR);
            String number = score.score() == null ? paint.none() : score.score().toString();
            long open = report.criteria().stream()
                    .filter(c -> c.aspect() == score.aspect() && c.outcome() == Outcome.UNKNOWN).count();
            lines.add(INDENT + pad(score.aspect().title(), ASPECT) + " "
                    + paint.state(score.state(), pad(Display.words(score.state()), STATE)) + "  " + bar + "  "
                    + padLeft(number, 3) + String.format(Locale.ROOT, "   coverage %.2f", score.coverage())
                    + (open == 0 ? "" : "  (" + open + " without evidence: cairn assess)"));
        }
        return lines;
    }

    /** Every criterion, aspect by aspect: verdict, id, title and why, with conflicts called out. */
    private static List<String> criteria(ScanReport report, Paint paint) {
        if (report.criteria().isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(paint.bold("Criteria"));
        int titleWidth = report.criteria().stream().mapToInt(c -> Printable.clean(c.title()).length()).max().orElse(0);
        Aspect current = null;
        for (CriterionResult c : report.criteria()) {
            if (c.aspect() != current) {
                current = c.aspect();
                lines.add(INDENT + paint.bold(current.title()));
            }
            lines.add(INDENT + INDENT + pad(Display.words(c.outcome()), 14) + " " + pad(c.id(), 6) + " "
                    + pad(Printable.clean(c.title()), titleWidth) + "  " + Printable.clean(c.summary()));
            if (c.conflict() != null) {
                lines.add(INDENT + INDENT + " ".repeat(22) + "conflict: " + Printable.clean(c.conflict()));
            }
        }
        return lines;
    }

    /**
     * One step per entry: rank, criterion and title on the first line, where to act on the second, under the
     * title. Summaries are sentences of any length, so nothing is padded to the longest.
     */
    private static List<String> nextSteps(ScanReport report, Paint paint) {
        if (report.nextSteps().isEmpty()) {
            return List.of();
        }
        int rankWidth = String.valueOf(report.nextSteps().size()).length();
        List<String> lines = new ArrayList<>();
        lines.add(paint.bold("Next steps"));
        for (NextStep step : report.nextSteps()) {
            List<String> refs = new ArrayList<>();
            if (step.location() != null) refs.add(Printable.clean(step.location().display()));
            if (step.hint() != null) refs.add(Printable.clean(step.hint()));
            if (step.checkId() != null) refs.add("(" + checkName(report, step.checkId()) + ")");
            String head = INDENT + padLeft(String.valueOf(step.rank()), rankWidth) + ". "
                    + pad(Printable.clean(step.criterion()), 6) + " ";
            lines.add(head + Printable.clean(step.title()));
            if (!refs.isEmpty()) {
                lines.add(" ".repeat(head.length()) + String.join("  ", refs));
            }
        }
        return lines;
    }

    private static List<String> levelTwo(ScanReport report, Paint paint) {
        if (report.levelTwoPreview().isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(paint.bold("Level 2 preview"));
        for (LevelTwoItem item : report.levelTwoPreview()) {
            lines.add(INDENT + pad(item.aspect().title(), ASPECT) + " " + Printable.clean(item.title()));
        }
        return lines;
    }

    /** Notes are only counted here: each names a file, and there can be thousands; JSON lists them. */
    private static List<String> notes(ScanReport report, Paint paint) {
        if (report.notes().isEmpty()) {
            return List.of();
        }
        Map<NoteKind, Long> byKind = report.notes().stream()
                .collect(Collectors.groupingBy(Note::kind, () -> new EnumMap<>(NoteKind.class), Collectors.counting()));
        String kinds = byKind.entrySet().stream()
                .map(e -> e.getValue() + " " + ReportJson.kebab(e.getKey()))
                .collect(Collectors.joining(", "));
        return List.of(paint.bold("Notes") + "  " + report.notes().size() + ": " + kinds
                + " (each listed by --format json)");
    }

    private static List<String> findings(ScanReport report, Paint paint) {
        List<Finding> counted = new ArrayList<>(report.countedFindings());
        // Stable sort: within one severity the report's own order (path, line, column, check) stays.
        counted.sort(Comparator.comparing(Finding::severity).reversed());
        long suppressed = report.findings().size() - counted.size();

        List<String> parts = new ArrayList<>();
        for (Severity severity : severitiesHighestFirst()) {
            long n = counted.stream().filter(f -> f.severity() == severity).count();
            if (n > 0) parts.add(paint.severity(severity, n + " " + severity.id()));
        }
        String summary = parts.isEmpty() ? "none" : String.join(paint.sep(), parts);
        List<String> lines = new ArrayList<>();
        lines.add(paint.bold("Findings") + "  " + summary + (suppressed > 0 ? "  (" + suppressed + " suppressed)" : ""));
        for (Finding f : counted) {
            lines.add(INDENT + paint.severity(f.severity(), pad(f.severity().name(), LABEL)) + " "
                    + Printable.clean(f.location().display()) + "  " + f.checkId() + " " + Printable.clean(f.slug()));
            String message = Printable.clean(f.message());
            lines.add(DETAIL + message); // messages name their object themselves, so SARIF and JSON read alone
        }
        return lines;
    }

    /** A check that threw is not a finding, but a user must see that part of the scan is missing. */
    private static List<String> checkErrors(ScanReport report, Paint paint) {
        List<CheckResult> errors = report.checks().stream().filter(c -> c.status() == CheckStatus.ERROR).toList();
        if (errors.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(paint.bold("Check errors") + "  " + errors.size());
        for (CheckResult c : errors) {
            lines.add(INDENT + paint.error(pad("ERROR", LABEL)) + " " + c.checkId() + " " + Printable.clean(c.slug()));
            lines.add(DETAIL + (c.error() == null ? "(no message)" : Printable.clean(c.error())));
        }
        return lines;
    }

    private static List<String> kpis(ScanReport report, Paint paint) {
        if (report.kpis().isEmpty()) {
            return List.of();
        }
        int idWidth = report.kpis().stream().mapToInt(k -> Printable.clean(k.id()).length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        lines.add(paint.bold("KPIs"));
        for (KpiValue kpi : report.kpis()) {
            List<String> parts = new ArrayList<>();
            parts.add(kpi.value() == null ? "no data" : Display.number(kpi.value()) + " " + Printable.clean(kpi.unit()));
            if (kpi.band() != null) parts.add(Printable.clean(kpi.band()));
            if (kpi.target() != null && kpi.target().target() != null) parts.add("target " + Display.number(kpi.target().target()));
            parts.add(ReportJson.kebab(kpi.status()));
            lines.add(INDENT + pad(Printable.clean(kpi.id()), idWidth) + "  " + String.join(paint.sep(), parts)
                    + "  (" + Printable.clean(kpi.estimatedFrom()) + ", " + Printable.clean(kpi.window()) + ")");
            for (String caveat : kpi.caveats()) {
                lines.add(INDENT + INDENT + paint.dim(Printable.clean(caveat)));
            }
        }
        return lines;
    }

    /** Counts only; whether they fail the run is decided by {@code --fail-on} elsewhere. */
    private static String closing(ScanReport report, Paint paint) {
        int counted = report.countedFindings().size();
        int suppressed = report.findings().size() - counted;
        Map<CheckStatus, Long> status = report.checks().stream().collect(
                Collectors.groupingBy(CheckResult::status, () -> new EnumMap<>(CheckStatus.class), Collectors.counting()));
        StringBuilder checks = new StringBuilder("checks: ")
                .append(status.getOrDefault(CheckStatus.PASS, 0L)).append(" pass, ")
                .append(status.getOrDefault(CheckStatus.FAIL, 0L)).append(" fail, ")
                .append(status.getOrDefault(CheckStatus.NOT_APPLICABLE, 0L)).append(" n/a, ")
                .append(status.getOrDefault(CheckStatus.ERROR, 0L)).append(" error");
        // Rarer statuses appear only when present, to keep the common line short.
        for (CheckStatus rare : List.of(CheckStatus.NOT_AVAILABLE, CheckStatus.SUPPRESSED)) {
            if (status.containsKey(rare)) {
                checks.append(", ").append(status.get(rare)).append(' ').append(Display.words(rare));
            }
        }
        return count(counted, "finding") + (suppressed > 0 ? " (" + suppressed + " suppressed)" : "")
                + paint.sep() + checks;
    }

    private static String checkName(ScanReport report, CheckId id) {
        return report.checks().stream().filter(c -> c.checkId().equals(id)).findFirst()
                .map(c -> id + " " + Printable.clean(c.slug())).orElse(id.toString());
    }

    private static List<Severity> severitiesHighestFirst() {
        List<Severity> all = new ArrayList<>(List.of(Severity.values()));
        all.sort(Comparator.reverseOrder());
        return all;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
