package dev.cairn.report.html;

/**
 * The two escapes of the report: text content and double-quoted attribute values. Characters that HTML
 * forbids (lone surrogates, U+FFFE, U+FFFF) become U+FFFD; {@link dev.cairn.report.Printable} has already
 * made control characters visible.
 */
final class Escape {
    private static final char REPLACEMENT = '\uFFFD';

    private Escape() {}

    static void text(String value, StringBuilder out) {
        escape(value, out, false);
    }

    static void attribute(String value, StringBuilder out) {
        escape(value, out, true);
    }

    private static void escape(String value, StringBuilder out, boolean attribute) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || c == 0) {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
