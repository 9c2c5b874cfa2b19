package dev.cairn.cli;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Outcome;
import dev.cairn.report.Printable;
import dev.cairn.store.CriterionChange;
import dev.cairn.store.FindingCounts;
import dev.cairn.store.ScanDiff;
import dev.cairn.store.ScanSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal views of {@code cairn history} and {@code cairn diff}. Repository names, paths and messages
 * come from scanned input, so they go through {@link Printable#clean}.
 */
final class HistoryText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final String arrow;
    private final String dot;

    HistoryText(boolean unicode) {
        this.arrow = unicode ? "→" : "->";
        this.dot = unicode ? "·" : "-";
    }

    List<String> listing(List<ScanSummary> scans) {
        int idWidth = Math.max(4, scans.stream().mapToInt(s -> Long.toString(s.id()).length()).max().orElse(4));
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%" + idWidth + "s  %-16s  %-7s  %8s  %4s  %6s  %3s  %4s  %10s  %-7s  %s", "scan",
                "scanned at (UTC)", "commit", "critical", "high", "medium", "low", "info", "suppressed", "cairn", "repository"));
        for (ScanSummary s : scans) {
            FindingCounts c = s.findings();
            lines.add(String.format(Locale.ROOT, "%" + idWidth + "d  %-16s  %-7s  %8d  %4d  %6d  %3d  %4d  %10d  %-7s  %s", s.id(),
                    TIME.format(s.scannedAt()), shortCommit(s.commit()), c.critical(), c.high(), c.medium(), c.low(),
                    c.info(), c.suppressed(), Printable.clean(s.toolVersion()), Printable.clean(s.repository())));
        }
        return lines;
    }

    List<String> diff(ScanDiff diff) {
        ScanSummary from = diff.from();
        ScanSummary to = diff.to();
        List<String> lines = new ArrayList<>();
        lines.add("cairn diff " + dot + " scan " + from.id() + " " + arrow + " scan " + to.id() + " " + dot + " "
                + Printable.clean(to.repository()));
        lines.add("  from  " + header(from));
        lines.add("  to    " + header(to) + (from.configHash().equals(to.configHash()) ? "" : "  (configuration changed)"));
        if (!from.repository().equals(to.repository())) {
            lines.add("  (different repositories: " + Printable.clean(from.repository()) + " and "
                    + Printable.clean(to.repository()) + ")");
        }
        List<String> aspects = aspects(from.aspects(), to.aspects());
        if (!aspects.isEmpty()) {
            lines.add("");
            lines.add("Level 1");
            lines.addAll(aspects);
        }
        lines.add("");
        lines.add("Findings  " + diff.added().size() + " new " + dot + " " + diff.fixed().size() + " fixed " + dot + " "
                + diff.unchanged().size() + " unchanged");
        section(lines, "New", diff.added());
        section(lines, "Fixed", diff.fixed());
        if (!diff.criteria().isEmpty()) {
            lines.add("");
            lines.add("Criteria that changed state");
            int width = diff.criteria().stream().mapToInt(c -> c.id().length()).max().orElse(6);
            for (CriterionChange c : diff.criteria()) {
                lines.add("  " + pad(c.id(), width) + "  " + outcome(c.before()) + " " + arrow + " " + outcome(c.after()));
            }
        }
        return lines;
    }

    private String header(ScanSummary s) {
        return "scan " + s.id() + "  " + TIME.format(s.scannedAt()) + " UTC  @ " + shortCommit(s.commit()) + "  cairn "
                + Printable.clean(s.toolVersion());
    }

    /** One line per aspect either scan scored, with its score before and after. */
    private List<String> aspects(List<AspectScore> before, List<AspectScore> after) {
        List<String> lines = new ArrayList<>();
        for (Aspect aspect : Aspect.values()) {
            AspectScore b = find(before, aspect);
            AspectScore a = find(after, aspect);
            if (b != null || a != null) {
                lines.add("  " + pad(aspect.title(), 18) + score(b) + " " + arrow + " " + score(a)
                        + (a != null && (b == null || b.state() != a.state()) ? "  " + kebab(a.state()) : ""));
            }
        }
        return lines;
    }

    private static AspectScore find(List<AspectScore> scores, Aspect aspect) {
        return scores.stream().filter(s -> s.aspect() == aspect).findFirst().orElse(null);
    }

    private static String score(AspectScore s) {
        return s == null || s.score() == null ? "-" : Integer.toString(s.score());
    }

    private static void section(List<String> lines, String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(title);
        for (Finding f : findings) {
            String suppressed = f.suppressed() == null ? "" : "  (suppressed: " + kebab(f.suppressed().kind()) + ")";
            lines.add("  " + pad(f.severity().name(), 8) + " " + Printable.clean(f.location().display()) + "  "
                    + f.checkId() + " " + Printable.clean(f.slug()) + suppressed);
            lines.add("           " + Printable.clean(f.message()));
        }
    }

    private static String outcome(Outcome o) {
        return o == null ? "(not judged)" : kebab(o);
    }

    private static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String shortCommit(String commit) {
        return commit == null ? "-" : commit.substring(0, Math.min(7, commit.length()));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

}
