package dev.cairn.core.model;

import java.util.Comparator;

/**
 * Where a finding or a piece of evidence sits: a file, optionally a region of it, and for structured
 * files the JSON Pointer of the node within its document.
 *
 * @param document the 0-based index of the YAML document in a multi-document file, or null
 */
public record Location(SourcePath path, Span span, String pointer, Integer document) {
    public static final Comparator<Location> ORDER = Comparator.comparing(Location::path)
            .thenComparing(Location::span, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Location::pointer, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Location {
        if (path == null) {
            throw new IllegalArgumentException("a location needs a path");
        }
    }

    public static Location file(SourcePath path) {
        return new Location(path, null, null, null);
    }

    public static Location at(SourcePath path, Span span) {
        return new Location(path, span, null, null);
    }

    /** {@code path:line:column}, the form terminals and editors turn into links. */
    public String display() {
        return span == null ? path.value() : path.value() + ":" + span.startLine() + ":" + span.startColumn();
    }
}
