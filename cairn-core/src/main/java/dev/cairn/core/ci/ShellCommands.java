package dev.cairn.core.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits shell text (a {@code run:} block, a GitLab script item, a Makefile recipe) into logical commands the
 * way a POSIX shell reads lines: backslash continuations and quoted strings that span lines are joined,
 * blank and comment lines dropped, trailing comments cut, and here-document bodies belong to the command
 * that opens them. Best effort by design: it never fails, and a quote that never closes ends at its line.
 */
public final class ShellCommands {
    /** Longest quoted string followed across lines; beyond that an unclosed quote is more likely a typo. */
    private static final int MAX_QUOTED_LINES = 200;
    private static final Pattern HEREDOC = Pattern.compile("(?<!<)<<-?\\s*(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\\1");
    private static final Pattern SIMPLE_SEPARATOR = Pattern.compile("&&|\\|\\||\\|&|[;|&]");

    private ShellCommands() {}

    /**
     * One logical command.
     *
     * @param first 0-based index of its first line in the script
     * @param last  0-based index of its last line, here-document body included
     */
    public record Line(String text, int first, int last) {}

    public static List<Line> split(String script) {
        if (script == null || script.isEmpty()) {
            return List.of();
        }
        String[] lines = script.split("\r\n|\r|\n", -1);
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String first = lines[i].strip();
            if (first.isEmpty() || first.startsWith("#")) {
                i++;
                continue;
            }
            int start = i;
            Joined joined = join(lines, i);
            i = joined.last;
            String text = joined.text;
            Matcher heredoc = HEREDOC.matcher(text);
            if (heredoc.find() && isOutsideQuotes(text, heredoc.start())) {
                i = heredocEnd(lines, i, heredoc.group(2));
            }
            text = cutComment(text).strip();
            if (!text.isEmpty()) {
                out.add(new Line(text, start, i));
            }
            i++;
        }
        return out;
    }

    /**
     * The simple commands of one logical line, split at {@code ;}, {@code &&}, {@code ||}, {@code |} and
     * {@code &} outside quotes and command substitutions, so that {@code cd app && mvn verify} and
     * {@code kustomize build . | kubectl apply -f -} are judged command by command.
     */
    public static List<String> simpleCommands(String line) {
        List<String> out = new ArrayList<>();
        Scan scan = new Scan();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (scan.step(line, i)) {
                continue;
            }
            if (scan.outside() && (c == ';' || c == '|' || c == '&') && !isRedirection(line, i)) {
                Matcher m = SIMPLE_SEPARATOR.matcher(line).region(i, line.length());
                int end = m.lookingAt() ? m.end() : i + 1;
                add(out, line.substring(start, i));
                start = end;
                i = end - 1;
            }
        }
        add(out, line.substring(start));
        return out;
    }

    private static void add(List<String> out, String command) {
        String s = command.strip();
        if (!s.isEmpty()) out.add(s);
    }

    /** {@code 2>&1}, {@code &>file} and {@code >&2} are redirections, not separators. */
    private static boolean isRedirection(String line, int i) {
        char c = line.charAt(i);
        if (c != '&') return false;
        boolean afterAngle = i > 0 && (line.charAt(i - 1) == '>' || line.charAt(i - 1) == '<');
        boolean beforeAngle = i + 1 < line.length() && line.charAt(i + 1) == '>';
        return afterAngle || beforeAngle;
    }

    private record Joined(String text, int last) {}

    /** Joins continuation lines and lines inside an open quote, starting at {@code from}. */
    private static Joined join(String[] lines, int from) {
        StringBuilder text = new StringBuilder(lines[from].strip());
        int i = from;
        while (true) {
            Scan scan = Scan.of(text);
            if (scan.continues && i + 1 < lines.length) {
                text.setLength(scan.backslashAt);
                while (!text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) text.setLength(text.length() - 1);
                text.append(' ').append(lines[++i].strip());
                continue;
            }
            if (!scan.outside() && i + 1 < lines.length && i - from < MAX_QUOTED_LINES) {
                int closing = closingLine(lines, i + 1, text);
                if (closing >= 0) {
                    for (int l = i + 1; l <= closing; l++) text.append('\n').append(lines[l]);
                    i = closing;
                    continue;
                }
                // The quote never closes: keep this line on its own.
                return new Joined(lines[from].strip(), from);
            }
            return new Joined(text.toString(), i);
        }
    }

    /** The first line from {@code from} after which the quotes of {@code text} are balanced, or -1. */
    private static int closingLine(String[] lines, int from, CharSequence text) {
        StringBuilder probe = new StringBuilder(text);
        for (int l = from; l < lines.length && l - from < MAX_QUOTED_LINES; l++) {
            probe.append('\n').append(lines[l]);
            if (Scan.of(probe).outside()) return l;
        }
        return -1;
    }

    private static int heredocEnd(String[] lines, int line, String delimiter) {
        for (int l = line + 1; l < lines.length; l++) {
            if (lines[l].strip().equals(delimiter)) return l;
        }
        return line;
    }

    /** Drops a {@code #} comment that starts a word outside quotes. */
    static String cutComment(String text) {
        Scan scan = new Scan();
        for (int i = 0; i < text.length(); i++) {
            if (scan.step(text, i)) continue;
            if (scan.outside() && text.charAt(i) == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static boolean isOutsideQuotes(String text, int end) {
        Scan scan = new Scan();
        for (int i = 0; i < end; i++) scan.step(text, i);
        return scan.outside();
    }

    /** Quote and substitution state of a left-to-right scan. */
    private static final class Scan {
        boolean single;
        boolean dbl;
        int parens;
        boolean continues;
        int backslashAt = -1;
        private boolean escaped;

        static Scan of(CharSequence text) {
            Scan scan = new Scan();
            for (int i = 0; i < text.length(); i++) scan.step(text, i);
            int n = text.length();
            scan.continues = n > 0 && text.charAt(n - 1) == '\\' && !scan.single && scan.escaped;
            scan.backslashAt = n - 1;
            return scan;
        }

        boolean outside() {
            return !single && !dbl && parens == 0;
        }

        /** Advances over the character at {@code i}; true when it is quoted, escaped or a quote itself. */
        boolean step(CharSequence text, int i) {
            char c = text.charAt(i);
            if (escaped) {
                escaped = false;
                return true;
            }
            if (single) {
                if (c == '\'') single = false;
                return true;
            }
            if (c == '\\') {
                escaped = true;
                return true;
            }
            if (dbl) {
                if (c == '"') dbl = false;
                return true;
            }
            if (c == '\'') {
                single = true;
                return true;
            }
            if (c == '"') {
                dbl = true;
                return true;
            }
            if (c == '(' && i > 0 && text.charAt(i - 1) == '$') {
                parens++;
                return true;
            }
            if (c == ')' && parens > 0) {
                parens--;
                return true;
            }
            return parens > 0;
        }
    }
}
