package dev.cairn.cli;

import dev.cairn.store.HistoryDatabase;
import picocli.CommandLine;

/** The options {@code cairn history} and {@code cairn diff} share: where the history is, and text or JSON. */
final class HistoryFormats {
    private HistoryFormats() {}

    /** True for {@code json}, false for {@code text}; anything else is a usage error. */
    static boolean json(String format, CommandLine.Model.CommandSpec spec) {
        return switch (format) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format takes text or json, not '" + format + "'");
        };
    }

    static HistoryDatabase database(String db, CommandLine.Model.CommandSpec spec) {
        try {
            return HistoryLocation.resolve(db);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db: " + e.getMessage());
        }
    }
}
