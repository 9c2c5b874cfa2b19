package dev.cairn.core.yaml;

import dev.cairn.core.model.Span;

/** A mapping entry; the key's span lets a finding cover {@code key: value}. */
public record YEntry(YScalar key, YNode value) {
    /** From the start of the key to the end of the value. */
    public Span span() {
        return key.span().through(value.span());
    }
}
