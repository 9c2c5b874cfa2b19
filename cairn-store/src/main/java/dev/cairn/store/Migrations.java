package dev.cairn.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** The one schema, versioned with Flyway (src/main/resources/dev/cairn/store/migration). */
final class Migrations {
    static final String LOCATION = "classpath:dev/cairn/store/migration";
    /** Our own name, so the store can share a PostgreSQL schema with an application that uses Flyway too. */
    static final String HISTORY_TABLE = "cairn_schema_history";
    /** The version of the newest migration; MigrationsTest holds it to the files. */
    static final String LATEST = "3";

    private Migrations() {}

    static void apply(DataSource dataSource, Dialect dialect) {
        if (isCurrent(dataSource)) {
            return;
        }
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .table(HISTORY_TABLE)
                    .placeholders(dialect.placeholders())
                    .loggers(QuietFlywayLog.class.getName())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new HistoryException(Failures.message(e), e);
        }
    }

    /**
     * True when the newest migration has run: then Flyway, whose start costs a few hundred milliseconds of
     * every command, is not needed. False when the history table does not exist yet (Flyway creates it).
     *
     * @throws HistoryException when the database cannot be reached at all, said once and in the driver's words
     */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + HISTORY_TABLE + " WHERE version = ? AND success")) {
                ps.setString(1, LATEST);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            } catch (SQLException noHistoryTableYet) {
                return false;
            }
        } catch (SQLException e) {
            throw new HistoryException(Failures.message(e), e);
        }
    }

    static void createParent(Path file) {
        Path parent = file.getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new HistoryException("cannot create the folder " + parent + ": " + e.getMessage(), e);
            }
        }
    }
}
