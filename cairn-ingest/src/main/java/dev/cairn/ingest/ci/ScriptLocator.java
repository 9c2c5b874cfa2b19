package dev.cairn.ingest.ci;

import dev.cairn.core.ci.ShellCommands;
import dev.cairn.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the commands of a script on the source lines of the scalar or string that holds it. The script's
 * value lost its indentation, quotes and block indicator, so each command's first and last line are found
 * again, in order, within the holder's span. When a line cannot be found (escapes in a quoted string, a
 * folded scalar) the command gets no span of its own and the caller uses the holder's.
 */
final class ScriptLocator {
    private ScriptLocator() {}

    /**
     * @param holder where the script sits: a YAML scalar's span, or a Groovy string's
     * @param value  the script as the parser returned it
     * @return one span per command, or null where the command could not be placed
     */
    static List<Span> locate(SourceLines source, Span holder, String value, List<ShellCommands.Line> commands) {
        String[] valueLines = value.split("\r\n|\r|\n", -1);
        List<Span> spans = new ArrayList<>(commands.size());
        int line = holder.startLine();
        int column = holder.startColumn() - 1;
        char first = source.charAt(holder.startLine(), holder.startColumn());
        if (first == '|' || first == '>') {
            line++;
            column = 0;
        }
        int lastLine = Math.min(holder.endLine(), source.count());
        for (ShellCommands.Line command : commands) {
            Span span = null;
            Found start = find(source, valueLines[command.first()].strip(), line, column, lastLine);
            if (start != null) {
                String lastText = lastNonBlank(valueLines, command);
                Found end = command.last() == command.first() || lastText.isEmpty() ? start
                        : find(source, lastText, start.line + 1, 0, lastLine);
                if (end != null) {
                    span = new Span(start.line, start.column + 1, end.line, end.column + 1 + (end == start
                            ? valueLines[command.first()].strip().length() : lastText.length()));
                    line = end.line + 1;
                    column = 0;
                }
            }
            spans.add(span);
        }
        return spans;
    }

    private static String lastNonBlank(String[] valueLines, ShellCommands.Line command) {
        for (int i = command.last(); i > command.first(); i--) {
            String s = valueLines[i].strip();
            if (!s.isEmpty()) return s;
        }
        return "";
    }

    private record Found(int line, int column) {}

    private static Found find(SourceLines source, String text, int fromLine, int fromColumn, int lastLine) {
        if (text.isEmpty()) return null;
        for (int l = fromLine; l <= lastLine; l++) {
            String s = source.line(l);
            int at = s.indexOf(text, l == fromLine ? Math.max(0, fromColumn) : 0);
            if (at >= 0) return new Found(l, at);
        }
        return null;
    }
}
