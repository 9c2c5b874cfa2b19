package dev.cairn.report;

/**
 * Escapes for GitHub-flavoured Markdown. Text quoted from the scanned input (paths, messages, names) becomes a
 * code span: inside one, Markdown, HTML, autolinks and GitHub's @-mentions are all inert, which backslash
 * escapes cannot promise (GitHub links mentions after rendering). Prose that cairn writes itself goes through
 * {@link #text}, which escapes what could turn it into markup.
 */
final class Markdown {
    /** Long enough for a path with line or a check message; a manifest can hold a megabyte in one label. */
    static final int MAX_CODE = 240;
    private static final String TEXT_SPECIALS = "\\`*_[]|<>~&$";

    private Markdown() {}

    /**
     * A code span for a table cell. Its fence is one backtick longer than the longest run inside; pipes are
     * escaped because GitHub splits table cells before it reads code spans. Control characters are made visible.
     */
    static String cell(String raw) {
        return code(raw).replace("|", "\\|");
    }

    /** A code span outside tables, where a backslash before a pipe would show. */
    static String code(String raw) {
        String value = shorten(Printable.clean(raw));
        if (value.isEmpty()) {
            return "";
        }
        String fence = "`".repeat(longestBacktickRun(value) + 1);
        // CommonMark strips one space on each side when both are there: pad whenever an edge needs it.
        boolean pad = value.startsWith("`") || value.endsWith("`") || value.startsWith(" ") || value.endsWith(" ");
        String space = pad ? " " : "";
        return fence + space + value + space + fence;
    }

    /** Prose: every character that could start markup (emphasis, links, HTML, tables, math) is backslash-escaped. */
    static String text(String raw) {
        String value = Printable.clean(raw);
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (TEXT_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String shorten(String value) {
        if (value.length() <= MAX_CODE) {
            return value;
        }
        int end = MAX_CODE - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    private static int longestBacktickRun(String value) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            run = value.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
