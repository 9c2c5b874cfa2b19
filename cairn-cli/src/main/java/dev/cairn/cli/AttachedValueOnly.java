package dev.cairn.cli;

import java.util.Map;
import java.util.Stack;
import picocli.CommandLine;

/**
 * For an option whose value is optional and may only be attached ({@code --history=DB}): without {@code =},
 * the option gets the empty value and the next argument stays what it is, so {@code cairn scan --history .}
 * scans {@code .} instead of taking it for a database.
 */
final class AttachedValueOnly implements CommandLine.IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandLine.Model.CommandSpec commandSpec,
                              CommandLine.Model.ArgSpec argSpec, Map<String, Object> info) {
        if (" ".equals(info.get("separator"))) {
            args.push("");
        }
        return false;
    }
}
