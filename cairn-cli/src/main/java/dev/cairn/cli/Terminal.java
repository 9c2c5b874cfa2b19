package dev.cairn.cli;

import dev.cairn.report.TerminalStyle;
import java.nio.charset.StandardCharsets;

/** What the terminal supports: colour only on a TTY without NO_COLOR, symbols only with a UTF-8 console. */
public record Terminal(boolean tty, boolean color, boolean unicode) {
    public static Terminal detect() {
        boolean tty = isTerminal(System.console());
        String term = System.getenv("TERM");
        boolean color = tty && System.getenv("NO_COLOR") == null && !"dumb".equals(term);
        boolean unicode = StandardCharsets.UTF_8.equals(System.out.charset());
        return new Terminal(tty, color, unicode);
    }

    /**
     * From JDK 22 on, {@code System.console()} exists even when output is redirected; its
     * {@code isTerminal()} (absent in 21, so called reflectively) tells the truth.
     */
    private static boolean isTerminal(java.io.Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    public static Terminal plain() {
        return new Terminal(false, false, false);
    }

    TerminalStyle style() {
        return new TerminalStyle(color, unicode);
    }
}
