package dev.cairn.ingest.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds lines whose flow collections ({@code [ [ [ ...} or <code>{ { {</code>) nest deeper than the
 * limit. SnakeYAML's scanner is quadratic on deep flow nesting within one line (a 5 MB file of it takes
 * minutes), so such documents are blanked out before parsing — offsets and line numbers unchanged —
 * and reported as a problem instead. One linear pass; multi-line nesting is bounded later by the
 * tree builder's depth limit.
 */
final class FlowNestingGuard {
    private FlowNestingGuard() {}

    /** Offsets of the first character past the limit, one per offending line. */
    static List<Integer> deepLines(String text, int maxDepth) {
        List<Integer> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        boolean reported = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                depth = 0;
                quote = 0;
                reported = false;
                continue;
            }
            if (quote != 0) {
                if (c == quote) quote = 0;
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '#' -> {
                    if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
                        i = skipToEndOfLine(text, i) - 1;
                    }
                }
                case '[', '{' -> {
                    if (++depth > maxDepth && !reported) {
                        out.add(i);
                        reported = true;
                    }
                }
                case ']', '}' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return out;
    }

    /**
     * The text with each document holding one of those offsets replaced by a lone {@code ~} at its first
     * character and spaces after it, keeping every line break: the document still counts (so later
     * document indexes do not shift) but holds only null, which the reader then drops.
     *
     * @param starts receives the offset of each blanked document's {@code ~}
     */
    static String blankDocuments(String text, List<Integer> offsets, List<Integer> starts) {
        char[] chars = text.toCharArray();
        for (int offset : offsets) {
            int start = documentStart(text, offset);
            int end = documentEnd(text, offset);
            while (start < end && (chars[start] == '\n' || chars[start] == '\r')) start++;
            for (int i = start; i < end; i++) {
                if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
            }
            if (start < end) {
                chars[start] = '~';
                starts.add(start);
            }
        }
        return new String(chars);
    }

    /** Just after the {@code ---} marker line that opens the document, or the start of the text. */
    private static int documentStart(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        while (lineStart > 0) {
            if (isMarker(text, lineStart)) {
                return skipToEndOfLine(text, lineStart);
            }
            lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        }
        return isMarker(text, 0) ? skipToEndOfLine(text, 0) : 0;
    }

    /** The start of the next {@code ---} or {@code ...} marker line, or the end of the text. */
    private static int documentEnd(String text, int offset) {
        int next = text.indexOf('\n', offset);
        while (next >= 0) {
            int lineStart = next + 1;
            if (isMarker(text, lineStart) || text.startsWith("...", lineStart)) {
                return lineStart;
            }
            next = text.indexOf('\n', lineStart);
        }
        return text.length();
    }

    private static boolean isMarker(String text, int lineStart) {
        if (!text.startsWith("---", lineStart)) return false;
        int after = lineStart + 3;
        return after >= text.length() || Character.isWhitespace(text.charAt(after));
    }

    private static int skipToEndOfLine(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
