package dev.cairn.ingest.dockerfile;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile into stages of instructions with exact spans (1-based lines, UTF-16 columns, exclusive
 * end). Follows BuildKit's parser: parser directives at the top, line continuations with the escape
 * character ({@code \} or a backtick set by {@code # escape=}), comments also inside continuations,
 * here-documents, exec form only for valid JSON arrays of strings. Never throws: what BuildKit would reject
 * becomes a {@link ParseProblem} and the rest of the file is still read.
 */
public final class DockerfileParser {
    private static final Set<String> KEYWORDS = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE",
            "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
            "WORKDIR");
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");

    private DockerfileParser() {}

    /** Parses decoded text; a leading BOM is ignored and CRLF, LF and lone CR all end a line. */
    public static Dockerfile parse(String text) {
        List<String> lines = lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Directives directives = Directives.scan(lines);
        List<ParseProblem> problems = new ArrayList<>(directives.problems());
        List<Instruction> instructions = new InstructionReader(lines, directives.escape(), problems).readAll();
        for (Instruction i : instructions) {
            validate(i, problems);
        }
        return group(instructions, problems);
    }

    /** Splits instructions into the preamble and stages, each starting at a {@code FROM}. */
    private static Dockerfile group(List<Instruction> instructions, List<ParseProblem> problems) {
        List<Instruction> preamble = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.is("FROM")) {
                if (from != null) stages.add(stage(stages.size(), from, body, problems));
                from = i;
                body = new ArrayList<>();
            } else if (from == null) {
                preamble.add(i);
            } else {
                body.add(i);
            }
        }
        if (from != null) {
            stages.add(stage(stages.size(), from, body, problems));
            preamble.stream().filter(i -> !i.is("ARG")).forEach(i -> problems.add(new ParseProblem(i.span(),
                    i.keyword() + " before the first FROM: only ARG may come before it", null)));
        } else if (!preamble.isEmpty()) {
            problems.add(new ParseProblem(preamble.getFirst().span(), "no FROM instruction: nothing to build", null));
        }
        problems.sort((a, b) -> a.span().compareTo(b.span()));
        return new Dockerfile(stages, preamble, problems);
    }

    /** A stage; its name comes from {@code FROM image AS name}, with {@code AS} in any case. */
    private static Stage stage(int index, Instruction from, List<Instruction> body, List<ParseProblem> problems) {
        String[] words = from.arguments().isEmpty() ? new String[0] : from.arguments().split("\\s+");
        String name = null;
        if (words.length == 3 && words[1].equalsIgnoreCase("as")) {
            name = words[2].toLowerCase(Locale.ROOT);
            if (!STAGE_NAME.matcher(name).matches()) {
                problems.add(new ParseProblem(from.span(), "invalid stage name \"" + words[2]
                        + "\": use a letter followed by letters, digits, '-', '_' or '.'", null));
            }
        } else if (words.length != 1 && words.length != 0) {
            problems.add(new ParseProblem(from.span(), "FROM takes an image and optionally AS name, got: "
                    + from.arguments(), null));
        }
        return new Stage(index, name, from, body);
    }

    private static void validate(Instruction i, List<ParseProblem> problems) {
        if (!KEYWORDS.contains(i.keyword())) {
            problems.add(new ParseProblem(i.span(), "unknown instruction: " + i.keyword(), null));
        } else if (i.arguments().isEmpty() && !i.execForm()) {
            problems.add(new ParseProblem(i.span(), i.keyword() + " requires at least one argument", null));
        }
    }

    /** Physical lines without their terminators, split like {@code LineIndex} so line numbers agree. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
