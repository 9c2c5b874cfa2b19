package dev.cairn.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** The one schema, versioned with Flyway (src/main/resources/dev/cairn/store/migration). */
final class Migrations {
    static final String LOCATION = "classpath:dev/cairn/store/migration";
    /** Our own name, so the store can share a PostgreSQL schema with an application that uses Flyway too. */
    static final String HISTORY_TABLE = "cairn_schema_history";

    private Migrations() {}

    static void apply(DataSource dataSource, Dialect dialect) {
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
