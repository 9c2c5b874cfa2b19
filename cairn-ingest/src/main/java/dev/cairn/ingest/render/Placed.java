package dev.cairn.ingest.render;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.yaml.YNode;

/**
 * A YAML tree and where it sits in the repository: a document of a file, or YAML embedded in a block
 * scalar of a file (an inline patch), whose spans are shifted by the scalar's first line and indentation.
 *
 * @param lineShift   lines to add to the tree's spans (0 for a file's own documents)
 * @param columnShift columns to add (the block scalar's indentation)
 * @param collapse    for embedded YAML whose lines cannot be mapped (a quoted scalar): report every node here
 */
public record Placed(SourcePath path, int document, YNode root, int lineShift, int columnShift, Span collapse) {
    public static Placed document(SourcePath path, int document, YNode root) {
        return new Placed(path, document, root, 0, 0, null);
    }

    /** Where a match in this tree is: the {@code key: value} entry when asked and the field itself was found. */
    public Location locate(TreeWalk.Match match, boolean entry) {
        Span span = entry && match.complete() && match.entry() != null ? match.entry().span() : match.node().span();
        return new Location(path, shift(span), match.node().pointer(), document);
    }

    /** The tree's own start. */
    public Location start() {
        return new Location(path, shift(root.span()), root.pointer(), document);
    }

    private Span shift(Span span) {
        if (collapse != null) {
            return collapse;
        }
        if (lineShift == 0 && columnShift == 0) {
            return span;
        }
        return new Span(span.startLine() + lineShift, span.startColumn() + columnShift, span.endLine() + lineShift,
                span.endColumn() + columnShift);
    }
}
