package dev.cairn.ingest.dockerfile;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser directives ({@code # syntax=}, {@code # escape=}, {@code # check=}) at the top of a Dockerfile.
 * BuildKit stops looking at the first line that is not a known directive (an instruction, a plain comment,
 * an empty line), so a directive further down is only a comment. Of the three only {@code escape} changes
 * how the rest is parsed.
 */
record Directives(char escape, List<ParseProblem> problems) {
    private static final Pattern DIRECTIVE =
            Pattern.compile("#[ \\t\\f]*([a-zA-Z][a-zA-Z0-9]*)[ \\t\\f]*=[ \\t\\f]*(.+?)[ \\t\\f]*");
    private static final Set<String> KNOWN = Set.of("syntax", "escape", "check");

    static Directives scan(List<String> lines) {
        char escape = '\\';
        List<ParseProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            Matcher m = DIRECTIVE.matcher(line);
            if (!m.matches() || !KNOWN.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                break;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            Span span = new Span(i + 1, 1, i + 1, lines.get(i).length() + 1);
            if (!seen.add(key)) {
                problems.add(new ParseProblem(span, "only one " + key + " parser directive can be used", null));
            } else if (key.equals("escape")) {
                String value = m.group(2);
                if (value.equals("\\") || value.equals("`")) {
                    escape = value.charAt(0);
                } else {
                    problems.add(new ParseProblem(span, "invalid escape token '" + value + "': use ` or \\", null));
                }
            }
        }
        return new Directives(escape, List.copyOf(problems));
    }
}
