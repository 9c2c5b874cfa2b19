package dev.cairn.core.model;

/**
 * A region of a text file. Lines and columns are 1-based; columns count UTF-16 code units
 * (SARIF's default column kind); the end column is exclusive, as in SARIF.
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn) implements Comparable<Span> {
    public Span {
        if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1
                || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("invalid span " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
        }
    }

    public static Span point(int line, int column) {
        return new Span(line, column, line, column);
    }

    /** A span that starts where this one starts and ends where {@code other} ends. */
    public Span through(Span other) {
        return other.endLine < startLine || (other.endLine == startLine && other.endColumn < startColumn)
                ? this
                : new Span(startLine, startColumn, other.endLine, other.endColumn);
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(startLine, o.startLine);
        if (c == 0) c = Integer.compare(startColumn, o.startColumn);
        if (c == 0) c = Integer.compare(endLine, o.endLine);
        if (c == 0) c = Integer.compare(endColumn, o.endColumn);
        return c;
    }
}
