package dev.cairn.maturity.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Readers shared between evaluators are built once per evidence, however many evaluators ask at once. */
class AssessmentEvidenceTest {
    record Words(List<String> words) {}

    record Counted(int words) {}

    private static AssessmentEvidence evidence() {
        return new AssessmentEvidence(RepositoryFiles.empty(), List.of(), ManifestFacts.none(), new ObjectIndex(List.of()),
                CheckOutcomes.none(), null, List.of(), KpiConfig.NONE, LocalDate.parse("2026-11-24"));
    }

    @Test
    void aSharedReaderIsBuiltOnceForEvaluatorsAskingTogether() throws Exception {
        AssessmentEvidence evidence = evidence();
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Words>> asked = IntStream.range(0, 8).mapToObj(i -> pool.submit(() -> {
                start.await();
                return evidence.shared(Words.class, e -> {
                    builds.incrementAndGet();
                    LockSupport.parkNanos(50_000_000); // long enough for the others to ask meanwhile
                    return new Words(List.of("slo", "latency"));
                });
            })).toList();
            start.countDown();
            Words first = asked.get(0).get();
            for (Future<Words> f : asked) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(builds).hasValue(1);
    }

    @Test
    void aSharedReaderMayBuildOnAnother() {
        AssessmentEvidence evidence = evidence();

        Counted counted = evidence.shared(Counted.class,
                e -> new Counted(e.shared(Words.class, f -> new Words(List.of("a", "b", "c"))).words().size()));

        assertThat(counted.words()).isEqualTo(3);
        assertThat(evidence.shared(Words.class, e -> new Words(List.of()))).isEqualTo(new Words(List.of("a", "b", "c")));
    }

    @Test
    void otherEvidenceBuildsItsOwn() {
        Words one = evidence().shared(Words.class, e -> new Words(List.of("one")));
        Words two = evidence().shared(Words.class, e -> new Words(List.of("two")));

        assertThat(one.words()).containsExactly("one");
        assertThat(two.words()).containsExactly("two");
    }
}
