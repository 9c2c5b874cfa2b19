package dev.cairn.report;

import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.Severity;

/**
 * The terminal's glyphs and colours for one {@link TerminalStyle}. Callers pad plain text first and paint
 * afterwards, because escape sequences would otherwise count towards column widths.
 */
final class Paint {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String BOLD_RED = "\u001b[1;31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private final TerminalStyle style;

    Paint(TerminalStyle style) {
        this.style = style;
    }

    /** Separates the parts of a one-line summary. */
    String sep() {
        return style.unicode() ? " · " : " - ";
    }

    String rule() {
        return style.unicode() ? "─" : "-";
    }

    /** Stands for a number that could not be computed. */
    String none() {
        return style.unicode() ? "—" : "-";
    }

    /** A bar of {@code width} cells for a score from 0 to 100. */
    String bar(int score, int width) {
        int filled = Math.max(0, Math.min(width, Math.round(score * width / 100f)));
        String full = style.unicode() ? "█" : "#";
        String empty = style.unicode() ? "░" : ".";
        return full.repeat(filled) + empty.repeat(width - filled);
    }

    String bold(String text) {
        return wrap(BOLD, text);
    }

    String dim(String text) {
        return wrap(DIM, text);
    }

    String error(String text) {
        return wrap(RED, text);
    }

    String severity(Severity severity, String text) {
        return wrap(switch (severity) {
            case CRITICAL -> BOLD_RED;
            case HIGH -> RED;
            case MEDIUM -> YELLOW;
            case LOW -> CYAN;
            case INFO -> DIM;
        }, text);
    }

    String state(AspectState state, String text) {
        return wrap(switch (state) {
            case ATTAINED -> GREEN;
            case IN_PROGRESS -> YELLOW;
            case NOT_STARTED -> RED;
            case INSUFFICIENT_EVIDENCE -> DIM;
        }, text);
    }

    private String wrap(String code, String text) {
        return style.color() && !text.isEmpty() ? code + text + RESET : text;
    }
}
