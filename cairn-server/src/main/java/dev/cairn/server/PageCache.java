package dev.cairn.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Built pages, kept gzip-compressed and reused while the store's revision they were built at is unchanged
 * ({@link dev.cairn.store.HistoryStore#revision()}): a scan saved by an upload or by another process shows at the next
 * request, which waits for the page to be built again. A page older than {@link #MAX_AGE} is built again too, because
 * its windows (the portfolio's 30 days, the trends' year) move with the clock, but in the background: it still shows
 * the store as it is, so it is answered meanwhile. A page is built by one request at a time: those that ask meanwhile
 * wait for it rather than build it again. The least recently used pages go when they take more than the budget.
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
    /** One old page is built again at a time. */
    private final Semaphore refreshing = new Semaphore(1);

    PageCache(Clock clock, long budgetBytes) {
        this.clock = clock;
        this.budgetBytes = budgetBytes;
    }

    /**
     * The page under that key, gzip-compressed: the one kept if it was built at the store's revision now or later,
     * else built anew.
     *
     * @param revision the revision of what the page shows, read from the store
     */
    byte[] gzipped(String key, LongSupplier revision, Supplier<String> build) {
        long now = revision.getAsLong();
        Built kept = current(key, now);
        if (kept != null) {
            if (old(kept) && !lock(key).isLocked() && refreshing.availablePermits() > 0) {
                Thread.startVirtualThread(() -> refresh(key, revision, build));
            }
            return kept.gzip();
        }
        ReentrantLock lock = lock(key);
        lock.lock();
        try {
            kept = current(key, now);
            return kept != null ? kept.gzip() : build(key, revision, build);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Builds an old page again, unless it is being built already or another old page is: pages kept at about the same
     * time grow old together, and building them all at once would take the connections and cores that answering
     * needs. One not built now is built when it is asked for next.
     */
    private void refresh(String key, LongSupplier revision, Supplier<String> build) {
        ReentrantLock lock = lock(key);
        if (!refreshing.tryAcquire()) {
            return;
        }
        if (!lock.tryLock()) {
            refreshing.release();
            return;
        }
        try {
            Built kept = current(key, Long.MIN_VALUE);
            if (kept != null && old(kept)) {
                build(key, revision, build);
            }
        } catch (RuntimeException e) {
            // the store failed: the next request that needs the page builds it and answers the failure
        } finally {
            lock.unlock();
            refreshing.release();
        }
    }

    /** Under the key's lock. */
    private byte[] build(String key, LongSupplier revision, Supplier<String> build) {
        // read before building, so the page shows at least what this revision holds
        long builtAt = revision.getAsLong();
        Instant at = clock.instant();
        byte[] gzip = Gzip.compress(build.get());
        keep(key, new Built(builtAt, at, gzip));
        return gzip;
    }

    private ReentrantLock lock(String key) {
        return building.computeIfAbsent(key, k -> new ReentrantLock());
    }

    /** The kept page if it shows the store at that revision or later, however old. */
    private synchronized Built current(String key, long revision) {
        Built b = pages.get(key);
        return b != null && b.revision() >= revision ? b : null;
    }

    private boolean old(Built b) {
        return !clock.instant().isBefore(b.at().plus(MAX_AGE));
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
