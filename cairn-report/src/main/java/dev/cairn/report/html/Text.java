package dev.cairn.report.html;

import dev.cairn.report.Printable;

/**
 * A text node. Whatever it holds is shown as text: markup characters are escaped and control or bidi
 * characters are made visible ({@link Printable#clean}), so a manifest cannot add elements or hide text.
 */
public record Text(String value) implements Node {

    public Text {
        value = value == null ? "" : value;
    }

    @Override
    public void render(StringBuilder out) {
        Escape.text(Printable.clean(value), out);
    }
}
