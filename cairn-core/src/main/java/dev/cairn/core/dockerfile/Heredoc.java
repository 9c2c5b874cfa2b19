package dev.cairn.core.dockerfile;

import dev.cairn.core.model.Span;

/**
 * A here-document of a {@code RUN}, {@code COPY} or {@code ADD} ({@code <<EOF} ... {@code EOF}).
 *
 * @param delimiter  the terminator word, without quotes
 * @param stripTabs  {@code <<-EOF}: leading tabs are removed from the body and the terminator line
 * @param quoted     the delimiter was quoted ({@code <<"EOF"}), so the body is taken literally, unexpanded
 * @param content    the body, each line ending with {@code \n}; leading tabs already removed when
 *                   {@code stripTabs}
 * @param span       from the first body line to the end of the terminator line
 */
public record Heredoc(String delimiter, boolean stripTabs, boolean quoted, String content, Span span) {}
