package dev.cairn.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Pages are reused only while the store's revision and the clock allow, and built by one request at a time. */
class PageCacheTest {
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-20T12:00:00Z"));
    private final PageCache cache = new PageCache(clock, 1024 * 1024);
    private final AtomicInteger builds = new AtomicInteger();

    private Supplier<String> page(String text) {
        return () -> {
            builds.incrementAndGet();
            return text;
        };
    }

    private static String text(byte[] gzip) {
        return new String(Gzip.decompress(gzip), StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsBuiltOnceWhileTheRevisionStaysTheSameAndAgainWhenAScanIsSaved() {
        assertThat(text(cache.gzipped("/", () -> 7, page("seven scans")))).isEqualTo("seven scans");
        assertThat(text(cache.gzipped("/", () -> 7, page("not built")))).isEqualTo("seven scans");
        assertThat(builds).hasValue(1);

        assertThat(text(cache.gzipped("/", () -> 8, page("eight scans")))).isEqualTo("eight scans");
        assertThat(builds).hasValue(2);
        assertThat(text(cache.gzipped("/repository shop", () -> 8, page("the shop")))).isEqualTo("the shop");
        assertThat(builds).hasValue(3);
    }

    @Test
    void aPageAMinuteOldIsStillAnsweredWhileItIsBuiltAgainInTheBackgroundBecauseItsWindowsMoved() throws Exception {
        cache.gzipped("/", () -> 7, page("at noon"));
        clock.advance(PageCache.MAX_AGE.minusSeconds(1));
        assertThat(text(cache.gzipped("/", () -> 7, page("not built")))).isEqualTo("at noon");
        assertThat(builds).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(text(cache.gzipped("/", () -> 7, page("a minute later")))).isEqualTo("at noon");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (builds.get() < 2 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        // built, and kept when its build (holding the key's lock, so no other starts) is over
        String answered = "";
        while (!answered.equals("a minute later") && System.nanoTime() < until) {
            answered = text(cache.gzipped("/", () -> 7, page("not built")));
        }
        assertThat(answered).isEqualTo("a minute later");
        assertThat(builds).hasValue(2);
    }

    @Test
    void aPageOfAnOlderRevisionIsNeverAnsweredEvenWhenItIsOld() {
        cache.gzipped("/", () -> 7, page("seven scans"));
        clock.advance(PageCache.MAX_AGE.multipliedBy(2));

        assertThat(text(cache.gzipped("/", () -> 8, page("eight scans")))).isEqualTo("eight scans");
        assertThat(builds).hasValue(2);
    }

    @Test
    void requestsThatAskWhileAPageIsBuiltWaitForItInsteadOfBuildingItToo() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<byte[]> first = threads.submit(() -> cache.gzipped("/", () -> 7, () -> {
                builds.incrementAndGet();
                building.countDown();
                await(release);
                return "built once";
            }));
            assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
            Future<byte[]> second = threads.submit(() -> cache.gzipped("/", () -> 7, page("built twice")));
            Thread.sleep(200);
            assertThat(second.isDone()).isFalse();

            release.countDown();
            assertThat(text(first.get(10, TimeUnit.SECONDS))).isEqualTo("built once");
            assertThat(text(second.get(10, TimeUnit.SECONDS))).isEqualTo("built once");
        }
        assertThat(builds).hasValue(1);
    }

    @Test
    void theLeastRecentlyUsedPagesGoWhenTheyTakeMoreThanTheBudget() {
        // random text hardly compresses: each page takes about 400 bytes, three fit in 1,500 and four do not
        PageCache small = new PageCache(clock, 1_500);
        Random random = new Random(1);
        for (String key : new String[] {"a", "b", "c"}) {
            small.gzipped(key, () -> 1, page(randomText(random)));
        }
        small.gzipped("a", () -> 1, page("not built"));
        small.gzipped("d", () -> 1, page(randomText(random)));
        assertThat(builds).hasValue(4);

        small.gzipped("a", () -> 1, page("not built"));
        assertThat(builds).hasValue(4);
        assertThat(text(small.gzipped("b", () -> 1, page("b built again")))).isEqualTo("b built again");
        assertThat(builds).hasValue(5);
    }

    @Test
    void gzipIsAcceptedWhenTheClientNamesItWithoutRefusingIt() {
        assertThat(Gzip.accepted("gzip, deflate, br, zstd")).isTrue();
        assertThat(Gzip.accepted("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(Gzip.accepted("br")).isFalse();
        assertThat(Gzip.accepted("gzip;q=0")).isFalse();
        assertThat(Gzip.accepted("gzip; q=0.000")).isFalse();
        assertThat(Gzip.accepted("")).isFalse();
        assertThat(Gzip.accepted(null)).isFalse();
    }

    private static String randomText(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 450; i++) {
            out.append((char) ('!' + random.nextInt(90)));
        }
        return out.toString();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
