package dev.cairn.report;

/**
 * Makes report text safe for a terminal. Messages quote manifests, which are attacker-controlled: an escape
 * sequence or a bidirectional override in a label must not reach the terminal as a command. The HTML and
 * Markdown reports use it too, so that a reader sees a hidden override wherever the report shows it.
 */
public final class Printable {
    private Printable() {}

    /** Control characters in caret notation ({@code ^[}, {@code ^J}), C1 and bidi controls as {@code <U+202E>}. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        if (c < 0x20) {
            return "^" + (char) (c + 0x40);
        }
        if (c == 0x7f) {
            return "^?";
        }
        if ((c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c) {
            return String.format("<U+%04X>", (int) c);
        }
        return null;
    }
}
