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

    /**
     * Whether the match lies in a {@code #} comment, as shells, Makefiles, YAML and Python write them: after a
     * {@code #} outside quotes that starts the line or follows a blank. A script that only mentions a tool in a
     * comment does not call it.
     */
    public boolean inHashComment() {
        boolean single = false;
        boolean dbl = false;
        int end = Math.min(column - 1, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
