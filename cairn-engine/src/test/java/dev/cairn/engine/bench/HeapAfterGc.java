package dev.cairn.engine.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use right after a garbage collection while it watches: for each collection the JVM
 * reports, the sum of the heap pools' usage after that collection (live objects plus whatever that
 * collection did not reclaim). Unlike the pools' peak usage, which fill up to the heap's limit before any
 * collection and peak at different moments, this is what the scan needed to keep. Near the heap's limit
 * it saturates: a young collection whose evacuation fails leaves garbage in place and counts it, so the figure
 * reads the limit itself. Then the smallest {@code -Xmx} with which the scan completes is the figure to quote
 * (docs/benchmarks.md, tenth session).
 */
final class HeapAfterGc implements AutoCloseable {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong seen = new AtomicLong();
    private final long before = collections();
    private final javax.management.NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            seen.incrementAndGet();
        }
    };

    HeapAfterGc() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    /** Forgets what was seen so far; call after the collections that should not count have been reported. */
    void reset() throws InterruptedException {
        awaitNotifications();
        peak.set(0);
    }

    /** The peak since {@link #reset()}, once every collection so far has been reported. */
    long peakBytes() throws InterruptedException {
        awaitNotifications();
        return peak.get();
    }

    /** Notifications arrive on another thread, shortly after each collection. */
    private void awaitNotifications() throws InterruptedException {
        long expected = collections() - before;
        for (int i = 0; i < 200 && seen.get() < expected; i++) {
            Thread.sleep(5);
        }
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private long heapUsed(Map<String, MemoryUsage> afterGc) {
        return afterGc.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    @Override
    public void close() throws Exception {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).removeNotificationListener(listener);
        }
    }
}
