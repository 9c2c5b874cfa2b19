package dev.cairn.core.yaml;

import dev.cairn.core.model.Span;
import java.util.List;

/** A sequence. */
public record YSeq(List<YNode> items, Span span, String pointer) implements YNode {
    public YSeq {
        items = List.copyOf(items);
    }
}
