package dev.cairn.report.html;

/** A piece of the HTML report: an {@link Element} or a {@link Text}. Rendering escapes all text it holds. */
public sealed interface Node permits Element, Text {
    void render(StringBuilder out);
}
