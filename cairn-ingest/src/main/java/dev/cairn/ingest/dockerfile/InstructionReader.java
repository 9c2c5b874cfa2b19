package dev.cairn.ingest.dockerfile;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.dockerfile.Heredoc;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns physical lines into instructions the way BuildKit's parser does: comment lines are skipped, also
 * inside continuations; an instruction goes on while a line ends with the escape character (trailing blanks
 * allowed); empty continuation lines are skipped; here-document bodies follow the instruction line.
 */
final class InstructionReader {
    /** Instructions whose arguments may be a JSON array (BuildKit's parseMaybeJSON). */
    private static final Set<String> EXEC_FORM = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME");
    private static final Set<String> HEREDOC = Set.of("RUN", "COPY", "ADD");

    private final List<String> lines;
    private final char escape;
    private final List<ParseProblem> problems;
    private int next;

    InstructionReader(List<String> lines, char escape, List<ParseProblem> problems) {
        this.lines = lines;
        this.escape = escape;
        this.problems = problems;
    }

    List<Instruction> readAll() {
        List<Instruction> out = new ArrayList<>();
        while (next < lines.size()) {
            Instruction instruction = readOne();
            if (instruction != null) out.add(instruction);
        }
        return out;
    }

    /** The instruction starting at the next non-comment line, or null when that line holds nothing. */
    private Instruction readOne() {
        int first = next++;
        String raw = lines.get(first);
        String body = raw.stripLeading();
        if (body.isEmpty() || body.charAt(0) == '#') {
            return null;
        }
        int indent = raw.length() - body.length();
        StringBuilder logical = new StringBuilder();
        int last = first;
        boolean continues = appendTrimmed(logical, body);
        while (continues && next < lines.size()) {
            String line = lines.get(next++);
            String stripped = line.stripLeading();
            if (stripped.isEmpty() || stripped.charAt(0) == '#') {
                continue; // comment and empty lines inside a continuation are dropped
            }
            continues = appendTrimmed(logical, line);
            last = next - 1;
        }
        String text = logical.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        int split = firstWhitespace(text);
        String keyword = (split < 0 ? text : text.substring(0, split)).toUpperCase(Locale.ROOT);
        BuilderFlags flags = BuilderFlags.split(split < 0 ? "" : text.substring(split));
        String arguments = flags.rest();
        Span start = Span.point(first + 1, indent + 1);
        List<String> execArgs = List.of();
        boolean execForm = false;
        if (EXEC_FORM.contains(keyword) && arguments.startsWith("[")) {
            JsonArray.Result json = JsonArray.parse(arguments);
            execForm = json.ok();
            execArgs = json.ok() ? json.strings() : List.of();
            if (json.notStrings()) {
                problems.add(new ParseProblem(start.through(endOf(last)),
                        keyword + " arguments are a JSON array holding something other than strings", null));
            }
        }
        List<Heredoc> heredocs = execForm ? List.of() : heredocs(keyword, arguments, start);
        Span end = heredocs.isEmpty() ? endOf(last) : heredocs.getLast().span();
        return new Instruction(keyword, arguments, execForm, execArgs, flags.flags(), heredocs, start.through(end));
    }

    /** Appends a line without its continuation marker; true when the instruction goes on. */
    private boolean appendTrimmed(StringBuilder logical, String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) end--;
        if (end > 0 && line.charAt(end - 1) == escape) {
            logical.append(line, 0, end - 1);
            return true;
        }
        logical.append(line);
        return false;
    }

    private List<Heredoc> heredocs(String keyword, String arguments, Span start) {
        String command = arguments;
        if (keyword.equals("ONBUILD")) {
            int split = firstWhitespace(arguments);
            keyword = (split < 0 ? arguments : arguments.substring(0, split)).toUpperCase(Locale.ROOT);
            command = split < 0 ? "" : arguments.substring(split).strip();
            if (command.startsWith("[") && JsonArray.parse(command).ok()) {
                return List.of();
            }
        }
        if (!HEREDOC.contains(keyword) || !command.contains("<<")) {
            return List.of();
        }
        List<Heredoc> out = new ArrayList<>();
        for (HeredocOpeners.Opener opener : HeredocOpeners.in(command)) {
            out.add(readBody(opener, start));
        }
        return out;
    }

    /** Reads a body up to its terminator line; an unterminated one runs to the end of the file. */
    private Heredoc readBody(HeredocOpeners.Opener opener, Span start) {
        int first = next;
        StringBuilder content = new StringBuilder();
        while (next < lines.size()) {
            String line = lines.get(next++);
            String candidate = opener.stripTabs() ? stripTabs(line) : line;
            if (candidate.equals(opener.delimiter())) {
                return new Heredoc(opener.delimiter(), opener.stripTabs(), opener.quoted(), content.toString(),
                        bodySpan(first, next - 1));
            }
            content.append(candidate).append('\n');
        }
        int last = lines.size() - 1;
        Span span = first <= last ? bodySpan(first, last) : endOf(last);
        problems.add(new ParseProblem(start.through(span), "unterminated heredoc <<" + opener.delimiter()
                + ": no line holds just " + opener.delimiter(), null));
        return new Heredoc(opener.delimiter(), opener.stripTabs(), opener.quoted(), content.toString(), span);
    }

    private Span bodySpan(int firstLine, int lastLine) {
        return Span.point(firstLine + 1, 1).through(endOf(lastLine));
    }

    /** The end of a line: just after its last character. */
    private Span endOf(int line) {
        return Span.point(line + 1, (line < lines.size() ? lines.get(line).length() : 0) + 1);
    }

    private static String stripTabs(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '\t') i++;
        return line.substring(i);
    }

    static int firstWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) return i;
        }
        return -1;
    }
}
