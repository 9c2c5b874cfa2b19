package dev.cairn.core.yaml;

import dev.cairn.core.model.Span;
import java.util.Locale;
import java.util.Optional;

/** A scalar with its source text and resolved type. */
public record YScalar(String text, ScalarType type, Span span, String pointer) implements YNode {

    public boolean isNull() {
        return type == ScalarType.NULL;
    }

    /** True only for a boolean true ({@code true}, {@code yes}, {@code on}, {@code y}; any case form go-yaml accepts). */
    public boolean isTrue() {
        return type == ScalarType.BOOL && Booleans.TRUE.contains(text);
    }

    public boolean isFalse() {
        return type == ScalarType.BOOL && Booleans.FALSE.contains(text);
    }

    /** The value as a string the way Kubernetes would see it, or empty for null. */
    public Optional<String> string() {
        return isNull() ? Optional.empty() : Optional.of(text);
    }

    /** The integer value of an INT scalar (decimal, 0x hex, 0o/0 octal, 0b binary, underscores allowed). */
    public Optional<Long> asLong() {
        if (type != ScalarType.INT) {
            return Optional.empty();
        }
        return Optional.ofNullable(Booleans.parseInt(text));
    }

    /** Lower-case text, for comparisons that Kubernetes makes case-insensitively. */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }
}
