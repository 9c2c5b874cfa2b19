package dev.cairn.core.yaml;

import dev.cairn.core.model.Span;
import java.util.Optional;

/**
 * A node of a parsed YAML or JSON document. Every node keeps the span it was read from and its
 * JSON Pointer within the document, so that a check can point at it without counting lines.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {
    Span span();

    /** RFC 6901 pointer from the document root, e.g. {@code /spec/template/spec/containers/0}. */
    String pointer();

    default Optional<YMap> asMap() {
        return this instanceof YMap m ? Optional.of(m) : Optional.empty();
    }

    default Optional<YSeq> asSeq() {
        return this instanceof YSeq s ? Optional.of(s) : Optional.empty();
    }

    default Optional<YScalar> asScalar() {
        return this instanceof YScalar s ? Optional.of(s) : Optional.empty();
    }

    /** Appends one reference token to a pointer, escaping {@code ~} and {@code /} as RFC 6901 says. */
    static String childPointer(String parent, String token) {
        return parent + "/" + token.replace("~", "~0").replace("/", "~1");
    }
}
