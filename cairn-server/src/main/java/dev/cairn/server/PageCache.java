package dev.cairn.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Built pages, kept gzip-compressed and reused while the store's revision they were built at is unchanged
 * ({@link dev.cairn.store.HistoryStore#revision()}), so a scan saved by an upload or by another process shows at the
 * next request; and for at most {@link #MAX_AGE}, because the pages' windows (the portfolio's 30 days, the trends'
 * year) move with the clock. A page is built by one request at a time: those that ask meanwhile wait for it rather
 * than build it again. The least recently used pages go when they take more than the budget.
 */
final class PageCache {
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /** A page as built when the store was at {@code revision}. */
    private record Built(long revision, Instant at, byte[] gzip) {}

    private final Clock clock;
    private final long budgetBytes;
    /** In access order, for eviction; guarded by {@code this}. */
    private final Map<String, Built> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    /** One per key ever built: pages are keyed by what exists in the store (the portfolio, known repositories). */
    private final Map<String, ReentrantLock> building = new ConcurrentHashMap<>();

    PageCache(Clock clock, long budgetBytes) {
        this.clock = clock;
        this.budgetBytes = budgetBytes;
    }

    /**
     * The page under that key, gzip-compressed: the one kept if it was built at the store's revision now or later
     * and is young enough, else built anew.
     *
     * @param revision the revision of what the page shows, read from the store
     */
    byte[] gzipped(String key, LongSupplier revision, Supplier<String> build) {
        long now = revision.getAsLong();
        Built kept = usable(key, now);
        if (kept != null) {
            return kept.gzip();
        }
        ReentrantLock lock = building.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            kept = usable(key, now);
            if (kept != null) {
                return kept.gzip();
            }
            // read before building, so the page shows at least what this revision holds
            long builtAt = revision.getAsLong();
            Instant at = clock.instant();
            byte[] gzip = Gzip.compress(build.get());
            keep(key, new Built(builtAt, at, gzip));
            return gzip;
        } finally {
            lock.unlock();
        }
    }

    private synchronized Built usable(String key, long revision) {
        Built b = pages.get(key);
        return b != null && b.revision() >= revision && clock.instant().isBefore(b.at().plus(MAX_AGE)) ? b : null;
    }

    private synchronized void keep(String key, Built built) {
        Built replaced = pages.put(key, built);
        bytes += built.gzip().length - (replaced == null ? 0 : replaced.gzip().length);
        Iterator<Map.Entry<String, Built>> eldest = pages.entrySet().iterator();
        while (bytes > budgetBytes && pages.size() > 1) {
            Map.Entry<String, Built> e = eldest.next();
            if (!e.getKey().equals(key)) {
                bytes -= e.getValue().gzip().length;
                eldest.remove();
            }
        }
    }
}
