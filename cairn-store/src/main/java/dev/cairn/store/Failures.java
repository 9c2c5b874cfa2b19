package dev.cairn.store;

import java.sql.SQLException;
import org.sqlite.NativeLibraryNotFoundException;

/** Says why the database failed in the driver's own words, which Flyway and JDBC wrap in their own. */
final class Failures {
    private Failures() {}

    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NativeLibraryNotFoundException) {
                return "SQLite's native library cannot be loaded on this machine (" + t.getMessage() + "); make the"
                        + " temporary folder (java.io.tmpdir) writable, or keep the history in PostgreSQL:"
                        + " jdbc:postgresql://host/db?user=...";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
