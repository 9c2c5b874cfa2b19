package dev.cairn.ingest.text;

import java.util.Arrays;

/**
 * Start offsets of the lines of a text, to turn a UTF-16 offset into a 1-based line and column.
 * Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, the breaks YAML recognises, so CRLF
 * files number their lines exactly like LF files.
 */
public final class LineIndex {
    private final int[] starts;
    private final int length;

    private LineIndex(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int n = text.length();
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), n);
    }

    public int lineCount() {
        return starts.length;
    }

    /** The 1-based line holding {@code offset}; an offset at the end of the text is on the last line. */
    public int line(int offset) {
        int o = Math.clamp(offset, 0, length);
        int i = Arrays.binarySearch(starts, o);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of {@code offset} in UTF-16 code units. */
    public int column(int offset) {
        int o = Math.clamp(offset, 0, length);
        return o - starts[line(o) - 1] + 1;
    }

    /** The offset at which the 1-based {@code line} starts. */
    public int lineStart(int line) {
        return starts[line - 1];
    }
}
