package dev.cairn.checks.dockerfile;

import java.util.Map;
import java.util.Optional;

/**
 * Expands {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-default}} and {@code ${NAME-default}} from known
 * values, as Docker expands a {@code FROM} line with the {@code ARG} defaults before the first
 * {@code FROM}. A reference to a variable without a known value (a build argument decides it) makes the
 * whole text unknown.
 */
final class Variables {
    private Variables() {}

    static Optional<String> expand(String text, Map<String, String> known) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(text.charAt(i + 1));
                i += 2;
            } else if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
            } else if (text.charAt(i + 1) == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) return Optional.empty();
                Optional<String> value = braced(text.substring(i + 2, close), known);
                if (value.isEmpty()) return Optional.empty();
                out.append(value.get());
                i = close + 1;
            } else {
                int end = i + 1;
                while (end < text.length() && isNameChar(text.charAt(end))) end++;
                if (end == i + 1) {
                    out.append(c);
                    i++;
                    continue;
                }
                String value = known.get(text.substring(i + 1, end));
                if (value == null) return Optional.empty();
                out.append(value);
                i = end;
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static Optional<String> braced(String inner, Map<String, String> known) {
        int colonDash = inner.indexOf(":-");
        int dash = inner.indexOf('-');
        if (colonDash > 0) {
            String value = known.get(inner.substring(0, colonDash));
            return Optional.of(value == null || value.isEmpty() ? inner.substring(colonDash + 2) : value);
        }
        if (dash > 0) {
            String value = known.get(inner.substring(0, dash));
            return Optional.of(value == null ? inner.substring(dash + 1) : value);
        }
        return Optional.ofNullable(known.get(inner));
    }
}
