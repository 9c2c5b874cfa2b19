package dev.cairn.core.repo;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;

/**
 * One line of a repository file that matched a pattern.
 *
 * @param line   1-based
 * @param column 1-based start of the match, in UTF-16 code units
 * @param text   the whole line
 */
public record TextMatch(SourcePath path, int line, int column, int endColumn, String text) {
    public Location location() {
        return Location.at(path, new Span(line, column, line, endColumn));
    }
}
