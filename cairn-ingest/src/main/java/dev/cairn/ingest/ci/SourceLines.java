package dev.cairn.ingest.ci;

import dev.cairn.core.model.Span;
import dev.cairn.ingest.text.LineIndex;

/**
 * The text of a pipeline file by line, to place commands inside scripts and to trim spans. Without the text
 * ({@link #unknown()}) spans stay as the parser gave them and commands are not placed.
 */
final class SourceLines {
    private final String text;
    private final LineIndex index;

    SourceLines(String text) {
        this.text = text;
        this.index = text == null ? null : LineIndex.of(text);
    }

    static SourceLines unknown() {
        return new SourceLines(null);
    }

    String text() {
        return text;
    }

    int count() {
        return index == null ? 0 : index.lineCount();
    }

    /** The 1-based line without its line break. */
    String line(int line) {
        int start = index.lineStart(line);
        int end = line < index.lineCount() ? index.lineStart(line + 1) : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(start, end);
    }

    /** The span without the blank lines and spaces a block scalar or mapping carries at its end. */
    Span trim(Span span) {
        if (index == null || span.endLine() > index.lineCount()) return span;
        int start = offset(span.startLine(), span.startColumn());
        int end = Math.min(offset(span.endLine(), span.endColumn()), text.length());
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end <= start) return Span.point(span.startLine(), span.startColumn());
        int endLine = index.line(end);
        return new Span(span.startLine(), span.startColumn(), endLine, end - index.lineStart(endLine) + 1);
    }

    /** The character at a position, or a line break when the text is unknown or the position past its end. */
    char charAt(int line, int column) {
        if (index == null || line > index.lineCount()) return '\n';
        int o = offset(line, column);
        return o < text.length() ? text.charAt(o) : '\n';
    }

    private int offset(int line, int column) {
        return index.lineStart(line) + column - 1;
    }
}
