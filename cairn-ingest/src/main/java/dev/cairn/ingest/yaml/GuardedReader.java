package dev.cairn.ingest.yaml;

import java.io.Reader;

/**
 * Feeds a segment of the text to SnakeYAML, handing over any character SnakeYAML rejects (control
 * characters, lone surrogates) in a read of its own. SnakeYAML validates whole buffers as it fills
 * them, so without this a bad character would fail the file before the documents ahead of it were
 * parsed; this way the error surfaces only when the scanner reaches it.
 */
final class GuardedReader extends Reader {
    private final String text;
    private int pos;

    GuardedReader(String text, int start) {
        this.text = text;
        this.pos = start;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
        int n = text.length();
        if (pos >= n) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        int end = Math.min(n, pos + len);
        int stop = pos;
        if (rejected(pos)) {
            stop = pos + 1;
        } else {
            while (stop < end && !rejected(stop)) {
                stop++;
            }
        }
        text.getChars(pos, stop, buffer, off);
        int count = stop - pos;
        pos = stop;
        return count;
    }

    /** Mirrors SnakeYAML's printable check, per UTF-16 unit. */
    private boolean rejected(int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c <= 0x7E) return false;
        if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
        if (c < 0xA0) return c != 0x7F && c != 0x85;
        if (Character.isHighSurrogate(c)) return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        return c == 0xFFFE || c == 0xFFFF;
    }

    @Override
    public void close() {}
}
