package dev.cairn.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cairn.core.model.ScanReport;
import dev.cairn.store.Dialect;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Fills a history store with the benchmark's year: {@code repositories} x {@code days} daily scans ending at
 * {@code end}, each saved through {@link HistoryStore#save} (one transaction, as an upload), oldest day first. A
 * repository's scans are written by one thread in day order, so a load that was stopped resumes where each
 * repository's scans end; a store that holds them all is left as it is.
 *
 * <p>Only the load skips durability: PostgreSQL sessions run with {@code synchronous_commit = off} and SQLite with
 * {@code synchronous = OFF}. The data is made again from seeds, so a crash while loading loses nothing that matters.
 */
final class BenchmarkHistory {
    private final HistoryDatabase database;
    private final int repositories;
    private final int days;
    private final Instant end;
    private final BenchmarkReports reports;

    BenchmarkHistory(HistoryDatabase database, int repositories, int days, Instant end, BenchmarkReports reports) {
        this.database = database;
        this.repositories = repositories;
        this.days = days;
        this.end = end;
        this.reports = reports;
    }

    /** Records what is missing with that many writer threads (one for SQLite, which has one writer at a time). */
    void load(int threads) throws Exception {
        int writers = database.dialect() == Dialect.SQLITE ? 1 : threads;
        try (HikariDataSource pool = loadingPool(writers)) {
            HistoryStore store = HistoryStore.open(pool, database.dialect());
            Map<String, Integer> present = scansPerRepository(pool);
            long total = (long) repositories * days;
            long already = present.values().stream().mapToLong(Integer::longValue).sum();
            if (already >= total) {
                System.out.printf(Locale.ROOT, "store holds the %d scans already: no load%n", total);
                return;
            }
            System.out.printf(Locale.ROOT, "loading %d scans (%d there already) with %d writers; %s%n",
                    total - already, already, writers, MachineLoad.now());
            AtomicLong saved = new AtomicLong();
            long start = System.nanoTime();
            ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
            progress.scheduleAtFixedRate(() -> report(saved.get(), total - already, start), 30, 30, TimeUnit.SECONDS);
            try (ExecutorService writerThreads = Executors.newFixedThreadPool(writers)) {
                List<Future<?>> work = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    work.add(writerThreads.submit(() -> {
                        write(store, writer, writers, present, saved);
                        return null;
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            } finally {
                progress.shutdownNow();
            }
            report(saved.get(), total - already, start);
        }
    }

    /**
     * Removes the scans that earlier runs uploaded (those after {@code end}) and points each repository at its last two
     * loaded scans again, so that every run measures the same year. Their revisions are left to grow.
     */
    void removeUploads() throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl())) {
            c.setAutoCommit(false);
            String uploaded = " WHERE scan_id IN (SELECT id FROM scan WHERE scanned_at > ?)";
            int removed = 0;
            for (String sql : List.of("DELETE FROM finding" + uploaded, "DELETE FROM criterion_result" + uploaded,
                    "DELETE FROM kpi_value" + uploaded, "DELETE FROM scan_report" + uploaded,
                    "UPDATE repository SET latest_scan_id = NULL, previous_scan_id = NULL WHERE latest_scan_id IN"
                            + " (SELECT id FROM scan WHERE scanned_at > ?) OR previous_scan_id IN"
                            + " (SELECT id FROM scan WHERE scanned_at > ?)",
                    "DELETE FROM scan WHERE scanned_at > ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                        ps.setLong(i, end.toEpochMilli());
                    }
                    removed = ps.executeUpdate();
                }
            }
            String newest = "(SELECT s.id FROM scan s WHERE s.repository_id = repository.id"
                    + " ORDER BY s.scanned_at DESC, s.id DESC LIMIT 1 OFFSET %d)";
            try (PreparedStatement ps = c.prepareStatement("UPDATE repository SET latest_scan_id = " + newest.formatted(0)
                    + ", previous_scan_id = " + newest.formatted(1) + " WHERE latest_scan_id IS NULL")) {
                ps.executeUpdate();
            }
            c.commit();
            if (removed > 0) {
                System.out.printf(Locale.ROOT, "removed %d scans that earlier runs uploaded%n", removed);
                // as autovacuum would in time: the portfolio's sparklines are read from an index alone only where the
                // table's pages are marked all-visible again
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute(database.dialect() == Dialect.POSTGRESQL ? "VACUUM ANALYZE" : "ANALYZE");
                }
            }
        }
    }

    /** Writer {@code writer} of {@code writers} records, day by day, the repositories whose index it is given. */
    private void write(HistoryStore store, int writer, int writers, Map<String, Integer> present, AtomicLong saved) {
        for (int day = 0; day < days; day++) {
            Instant at = end.minus(Duration.ofDays(days - 1L - day));
            for (int r = writer; r < repositories; r += writers) {
                if (day < present.getOrDefault(BenchmarkReports.repository(r), 0)) {
                    continue;
                }
                ScanReport report = reports.report(r, at, ((long) r << 20) + day);
                store.save(report, "0".repeat(64), TestReports.json(report));
                saved.incrementAndGet();
            }
        }
    }

    private static void report(long saved, long toSave, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = saved / Math.max(seconds, 1e-9);
        System.out.printf(Locale.ROOT, "recorded %d of %d scans in %.0f s (%.0f scans/s, %.0f s to go); %s%n", saved, toSave,
                seconds, rate, rate > 0 ? (toSave - saved) / rate : 0, MachineLoad.now());
    }

    /** The benchmark's scans already in the store, by repository; later uploads (after {@code end}) do not count. */
    private Map<String, Integer> scansPerRepository(DataSource ds) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT r.name, count(*) FROM scan s JOIN repository r"
                     + " ON r.id = s.repository_id WHERE s.scanned_at <= ? GROUP BY r.name")) {
            ps.setLong(1, end.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    private HikariDataSource loadingPool(int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("benchmark-load");
        config.setMaximumPoolSize(size + 1);
        if (database.dialect() == Dialect.POSTGRESQL) {
            config.setDataSource(database.dataSource());
            config.setConnectionInitSql("SET synchronous_commit = off");
        } else {
            try {
                Files.createDirectories(database.file().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
            sqlite.enforceForeignKeys(true);
            sqlite.setBusyTimeout(30_000);
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            SQLiteDataSource ds = new SQLiteDataSource(sqlite);
            ds.setUrl(database.jdbcUrl());
            config.setDataSource(ds);
        }
        return new HikariDataSource(config);
    }
}
