package dev.cairn.ingest.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A renderer that hangs or floods costs a bounded time and memory, and says why it failed. */
class ProcessRunnerTest {
    @TempDir
    Path dir;

    @Test
    void aHangingProcessIsStoppedAtTheLimit() throws IOException {
        ProcessRunner runner = new ProcessRunner(Duration.ofMillis(500), 1024);
        long started = System.nanoTime();
        ProcessRunner.Result r = runner.run(List.of("sleep", "30"), dir);

        assertThat(r.timedOut()).isTrue();
        assertThat(r.ok()).isFalse();
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
        assertThat(r.failure(runner.timeout(), runner.maxOutput())).isEqualTo("stopped after 500 ms");
    }

    @Test
    void outputBeyondTheCapStopsTheProcess() throws IOException {
        ProcessRunner runner = new ProcessRunner(Duration.ofSeconds(30), 1024 * 1024);
        ProcessRunner.Result r = runner.run(List.of("sh", "-c", "yes cairn"), dir);

        assertThat(r.truncated()).isTrue();
        assertThat(r.timedOut()).isFalse();
        assertThat(r.stdout()).hasSize(1024 * 1024).startsWith("cairn\ncairn\n");
        assertThat(r.failure(runner.timeout(), runner.maxOutput())).isEqualTo("output exceeded 1 MiB");
    }

    @Test
    void aFailureIsItsErrorOutput() throws IOException {
        ProcessRunner runner = new ProcessRunner(Duration.ofSeconds(30), 1024);
        ProcessRunner.Result r = runner.run(List.of("sh", "-c", "echo partial; echo 'Error: no such file' >&2; exit 3"), dir);

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stdout()).isEqualTo("partial\n");
        assertThat(r.failure(runner.timeout(), runner.maxOutput())).isEqualTo("Error: no such file");
    }
}
