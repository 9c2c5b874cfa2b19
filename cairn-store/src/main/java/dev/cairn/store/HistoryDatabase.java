package dev.cairn.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where the history lives: one SQLite file (the default, in the user's data directory) or a PostgreSQL
 * database named by a JDBC URL.
 *
 * @param file the SQLite file, or null for PostgreSQL
 */
public record HistoryDatabase(Dialect dialect, String jdbcUrl, Path file) {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final String SQLITE = "jdbc:sqlite:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    /** The SQLite file {@code history.db} in {@code $XDG_DATA_HOME/cairn}, else in {@code ~/.local/share/cairn}. */
    public static HistoryDatabase defaultFile(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return sqlite(data.resolve("cairn").resolve("history.db"));
    }

    public static HistoryDatabase sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new HistoryDatabase(Dialect.SQLITE, SQLITE + absolute, absolute);
    }

    public static HistoryDatabase postgresql(String jdbcUrl) {
        return new HistoryDatabase(Dialect.POSTGRESQL, jdbcUrl, null);
    }

    /**
     * What a user may give for {@code --history=DB} or {@code --db}: a PostgreSQL JDBC URL, a SQLite JDBC URL
     * or the path of a SQLite file.
     *
     * @throws IllegalArgumentException for a JDBC URL of another database, with what to give instead
     */
    public static HistoryDatabase parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith(POSTGRESQL)) {
            return postgresql(text);
        }
        if (lower.startsWith(SQLITE)) {
            String file = text.substring(SQLITE.length());
            if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
                throw new IllegalArgumentException("give the SQLite database as a file, e.g. jdbc:sqlite:/var/lib/cairn/history.db");
            }
            return sqlite(Path.of(file));
        }
        if (lower.startsWith("jdbc:")) {
            throw new IllegalArgumentException("cairn keeps history in PostgreSQL (jdbc:postgresql://host/db?user=...)"
                    + " or in a SQLite file (a path), not in " + text.substring(0, text.indexOf(':', 5) + 1));
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("give a file path or a jdbc:postgresql:// URL");
        }
        return sqlite(Path.of(text));
    }

    /** The URL or path to show a person: a password in the URL is replaced by {@code ***}. */
    public String display() {
        return file != null ? file.toString() : PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
    }

    /**
     * A connection source without a pool: enough for the command line, which opens a handful of connections.
     * SQLite runs in WAL mode (readers never wait for the writer, a killed writer leaves only uncommitted frames
     * that the next open discards) with full synchronisation, enforced foreign keys, and writers that take the
     * write lock when their transaction begins and wait for each other instead of failing at once.
     */
    public DataSource dataSource() {
        return switch (dialect) {
            case SQLITE -> {
                SQLiteConfig config = new SQLiteConfig();
                config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
                config.enforceForeignKeys(true);
                config.setBusyTimeout(30_000);
                config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
                SQLiteDataSource ds = new SQLiteDataSource(config);
                ds.setUrl(jdbcUrl);
                yield ds;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(jdbcUrl);
                // one INSERT with many rows per batch instead of one round trip per finding
                ds.setReWriteBatchedInserts(true);
                yield ds;
            }
        };
    }

    @Override
    public String toString() {
        return display();
    }
}
