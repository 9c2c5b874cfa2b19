package dev.cairn.core.dockerfile;

import dev.cairn.core.model.Span;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Dockerfile instruction, continuation lines joined.
 *
 * @param keyword   upper-case, e.g. {@code RUN}
 * @param arguments the text after the keyword and its flags, continuation lines joined (escape character
 *                  and comment lines removed), stripped; for exec form the JSON array as written
 * @param execForm  the arguments are a valid JSON array of strings; an invalid one is shell form, as in Docker
 * @param execArgs  the strings of the JSON array, empty in shell form
 * @param flags     the leading {@code --name=value} flags ({@code --from}, {@code --chown}, {@code --mount},
 *                  {@code --platform}) by name without dashes; a flag without value maps to {@code ""}; a
 *                  flag given several times ({@code RUN --mount}) keeps its values joined by {@code \n}
 * @param heredocs  the here-documents the instruction opens, in order
 * @param span      from the keyword to the end of the last line the instruction takes, here-documents
 *                  included
 */
public record Instruction(
        String keyword, String arguments, boolean execForm, List<String> execArgs, Map<String, String> flags,
        List<Heredoc> heredocs, Span span) {

    public Instruction {
        execArgs = List.copyOf(execArgs);
        flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
        heredocs = List.copyOf(heredocs);
    }

    public boolean is(String keyword) {
        return this.keyword.equals(keyword);
    }

    /** The value of a flag, e.g. {@code flag("from")}; {@code ""} for a flag without value. */
    public Optional<String> flag(String name) {
        return Optional.ofNullable(flags.get(name));
    }

    /** Every value of a flag that may repeat, such as {@code RUN --mount}. */
    public List<String> flagValues(String name) {
        String value = flags.get(name);
        return value == null ? List.of() : Arrays.asList(value.split("\n", -1));
    }
}
