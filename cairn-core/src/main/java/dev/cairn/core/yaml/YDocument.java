package dev.cairn.core.yaml;

import dev.cairn.core.model.Span;
import java.util.Optional;

/**
 * One document of a YAML stream.
 *
 * @param index 0-based position in the file, counting every document including broken ones
 * @param root  null for an empty document
 */
public record YDocument(int index, YNode root, Span span) {
    public Optional<YNode> rootNode() {
        return Optional.ofNullable(root);
    }
}
