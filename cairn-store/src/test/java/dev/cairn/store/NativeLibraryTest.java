package dev.cairn.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's driver unpacks its native library into the temporary folder. Where it cannot (a read-only
 * container without a writable /tmp, a platform the distribution has no build for), the user is told what to
 * do instead of reading "Error opening connection". Run in a child JVM: this one has the library loaded.
 */
class NativeLibraryTest {
    @TempDir
    Path tmp;

    @Test
    void aNativeLibraryThatCannotLoadSaysWhatToDoInstead() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp.resolve("missing"), "-cp", System.getProperty("java.class.path"),
                OpenStore.class.getName(), tmp.resolve("history.db").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(out).startsWith("SQLite's native library cannot be loaded on this machine (No native library found for os.name=")
                .contains("); make the temporary folder (java.io.tmpdir) writable, or keep the history in PostgreSQL:"
                        + " jdbc:postgresql://host/db?user=...");
    }
}
