package dev.cairn.server;

import dev.cairn.report.RuleCatalog;
import dev.cairn.store.HistoryStore;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;

/**
 * What a server needs: the store it shows and writes to, the check titles and links for the pages (the CLI builds
 * them from the check specs, so the server does not depend on the checks), where to listen, how large an upload may
 * be, the clock (trend windows, log times) and where the request log goes.
 *
 * @param port           0 for any free port
 * @param maxUploadBytes the largest report {@code POST /api/scans} accepts
 */
public record ServerConfig(
        HistoryStore store, RuleCatalog rules, String bind, int port, long maxUploadBytes, Clock clock, PrintStream log) {
    /** 64 MiB: a report of 20,000 findings is about 15 MiB. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServerConfig {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(log, "log");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be positive, not " + maxUploadBytes);
        }
    }
}
