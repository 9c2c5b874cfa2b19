package dev.cairn.cli;

import dev.cairn.store.HistoryDatabase;
import java.nio.file.Files;

/** Which history database a command uses: the one named, else the user's default file. */
final class HistoryLocation {
    static final String DESCRIPTION = "A SQLite file or a jdbc:postgresql://host/db?user=... URL (default:"
            + " $XDG_DATA_HOME/cairn/history.db, else ~/.local/share/cairn/history.db)";

    private HistoryLocation() {}

    /**
     * @param named the value given, or null or empty for the default
     * @throws IllegalArgumentException when the value names no database cairn can use, saying what to give
     */
    static HistoryDatabase resolve(String named) {
        return named == null || named.isEmpty()
                ? HistoryDatabase.defaultFile(System.getenv(), System.getProperty("user.home"))
                : HistoryDatabase.parse(named);
    }

    /** False for a SQLite file that does not exist: reading commands say so instead of creating it. */
    static boolean exists(HistoryDatabase database) {
        return database.file() == null || Files.exists(database.file());
    }
}
