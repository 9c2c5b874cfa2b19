package dev.cairn.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryStore;

/**
 * The server's history store over a pool of connections (HikariCP). The store takes a connection for each call, and
 * a page makes two or three calls: without a pool each one is a new PostgreSQL backend process and a SCRAM
 * handshake, several milliseconds of the CPU that the pages need. A few connections are enough: a request holds one
 * only while its queries run, and most requests run one short query (the revision of a kept page, see PageCache).
 */
public final class ConnectionPool implements AutoCloseable {
    /** Connections kept open; requests beyond it wait for one (measured in docs/benchmarks.md). */
    public static final int DEFAULT_SIZE = 8;
    private static final long WAIT_MILLIS = 10_000;

    private final HikariDataSource pool;
    private final HistoryStore store;

    private ConnectionPool(HikariDataSource pool, HistoryStore store) {
        this.pool = pool;
        this.store = store;
    }

    /**
     * Opens the database as {@link HistoryStore#open(HistoryDatabase)} does (creating and migrating it, and failing in
     * the driver's words with a {@link dev.cairn.store.HistoryException} when it cannot be reached), then pools its
     * connections.
     */
    public static ConnectionPool open(HistoryDatabase database, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection, not " + size);
        }
        HistoryStore.open(database);
        HikariConfig config = new HikariConfig();
        config.setPoolName("cairn-history");
        config.setDataSource(database.dataSource());
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(WAIT_MILLIS);
        HikariDataSource pool = new HikariDataSource(config);
        return new ConnectionPool(pool, HistoryStore.open(pool, database.dialect()));
    }

    public HistoryStore store() {
        return store;
    }

    @Override
    public void close() {
        pool.close();
    }
}
