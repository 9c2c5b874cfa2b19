package dev.cairn.ingest.yaml;

import dev.cairn.core.model.Span;
import dev.cairn.ingest.text.LineIndex;
import java.util.Arrays;

/**
 * Maps SnakeYAML positions onto the text. Marks count code points from the start of the parsed segment;
 * spans want UTF-16 columns. Using the mark's index (not its line and column) keeps us independent of
 * how SnakeYAML counts columns, e.g. it does not count a BOM. Only a text with surrogate pairs pays for
 * the code point to UTF-16 conversion. One per read: it remembers the last line it found.
 */
final class Positions {
    private final String text;
    private final LineIndex lines;
    /** Code point indexes of the supplementary characters, ascending; null when there are none. */
    private final int[] supplementary;
    /** The line found last: events arrive in text order, so the next lookup is almost always here or just after. */
    private int hint = 1;

    Positions(String text) {
        this.text = text;
        this.lines = LineIndex.of(text);
        this.supplementary = supplementaryIndexes(text);
    }

    String text() {
        return text;
    }

    LineIndex lines() {
        return lines;
    }

    /** Code point index of a UTF-16 offset (a segment must start there for its marks to line up). */
    int codePointIndex(int offset) {
        if (supplementary == null) {
            return offset;
        }
        // Each supplementary character before the offset is two units but one code point.
        int lo = 0;
        int hi = supplementary.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (supplementary[mid] + mid + 1 < offset) lo = mid + 1;
            else hi = mid;
        }
        return offset - lo;
    }

    /** UTF-16 offset of a code point index (a segment's base plus a mark's index). */
    int offset(int cp) {
        if (supplementary == null) {
            return Math.min(cp, text.length());
        }
        int before = Arrays.binarySearch(supplementary, cp);
        before = before >= 0 ? before : -before - 1;
        return Math.min(cp + before, text.length());
    }

    /** A span between two offsets; an end before the start collapses to the start. */
    Span span(int start, int end) {
        int startLine = line(start);
        int startColumn = start - lines.lineStart(startLine) + 1;
        if (end <= start) {
            return Span.point(startLine, startColumn);
        }
        int endLine = line(end);
        return new Span(startLine, startColumn, endLine, end - lines.lineStart(endLine) + 1);
    }

    private int line(int offset) {
        int count = lines.lineCount();
        for (int l = hint; l <= hint + 1 && l <= count; l++) {
            if (offset >= lines.lineStart(l) && (l == count || offset < lines.lineStart(l + 1))) {
                return hint = l;
            }
        }
        return hint = lines.line(offset);
    }

    Span point(int offset) {
        return span(offset, offset);
    }

    private static int[] supplementaryIndexes(String text) {
        int n = text.length();
        int[] found = null;
        int count = 0;
        int cp = 0;
        for (int i = 0; i < n; i++, cp++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (found == null) found = new int[16];
                else if (count == found.length) found = Arrays.copyOf(found, count * 2);
                found[count++] = cp;
                i++;
            }
        }
        return found == null ? null : Arrays.copyOf(found, count);
    }
}
