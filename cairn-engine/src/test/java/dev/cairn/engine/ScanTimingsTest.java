package dev.cairn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScanTimingsTest {
    @Test
    void phasesFollowOneAnotherAndAddUpToTheTotal() throws InterruptedException {
        ScanTimings timings = new ScanTimings();
        timings.start();
        Thread.sleep(5);
        timings.end("first");
        timings.end("second");

        assertThat(timings.phases()).extracting(ScanTimings.Phase::name).containsExactly("first", "second");
        assertThat(timings.phases().getFirst().took()).isGreaterThanOrEqualTo(Duration.ofMillis(5));
        assertThat(timings.total()).isEqualTo(timings.phases().get(0).took().plus(timings.phases().get(1).took()));
        assertThat(timings.lines()).hasSize(3).allMatch(l -> l.matches("(first |second|total ) +\\d+ ms"));
        assertThat(timings.lines().getLast()).startsWith("total ");
    }

    @Test
    void notesFollowTheTotal() {
        ScanTimings timings = new ScanTimings();
        timings.start();
        timings.end("rendering");
        timings.note("2 of 3 renders kept");

        assertThat(timings.lines()).hasSize(3);
        assertThat(timings.lines().get(1)).startsWith("total ");
        assertThat(timings.lines().getLast()).isEqualTo("2 of 3 renders kept");
    }

    @Test
    void startingAgainForgetsTheLastScan() {
        ScanTimings timings = new ScanTimings();
        timings.end("old");
        timings.note("old note");
        timings.start();
        timings.end("new");

        assertThat(timings.phases()).extracting(ScanTimings.Phase::name).containsExactly("new");
        assertThat(timings.notes()).isEmpty();
    }
}
