package dev.cairn.report;

/**
 * What the terminal can show. The command line decides (TTY, {@code NO_COLOR}, charset); reporters only obey.
 *
 * @param color   emit ANSI colour and bold sequences
 * @param unicode use symbols such as {@code ·}, {@code ─} and block bars instead of ASCII stand-ins
 */
public record TerminalStyle(boolean color, boolean unicode) {
    /** ASCII without escape sequences: safe for files, pipes and CI logs. */
    public static final TerminalStyle PLAIN = new TerminalStyle(false, false);
    /** Everything a modern terminal renders. */
    public static final TerminalStyle RICH = new TerminalStyle(true, true);
}
