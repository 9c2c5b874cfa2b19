package dev.cairn.ingest.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a renderer as a child process with a time limit and a cap on what it may print, so that a hanging
 * or runaway renderer (a remote base fetched over a dead network, a template that loops) costs a bounded
 * time and memory and becomes a render problem instead of a stuck scan.
 */
public final class ProcessRunner {
    private static final int MAX_STDERR = 64 * 1024;
    private final Duration timeout;
    private final int maxOutput;

    public ProcessRunner(Duration timeout, int maxOutputBytes) {
        this.timeout = timeout;
        this.maxOutput = maxOutputBytes;
    }

    public static ProcessRunner defaults() {
        return new ProcessRunner(Duration.ofSeconds(60), 64 * 1024 * 1024);
    }

    /** What a finished (or stopped) process left behind. */
    public record Result(int exitCode, String stdout, String stderr, boolean timedOut, boolean truncated) {
        public boolean ok() {
            return exitCode == 0 && !timedOut && !truncated;
        }

        /** Why the run failed, in one line a person can act on. */
        public String failure(Duration limit, int maxOutputBytes) {
            if (timedOut) return "stopped after " + (limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms");
            if (truncated) return "output exceeded " + (maxOutputBytes / (1024 * 1024)) + " MiB";
            String first = stderr.strip();
            return first.isEmpty() ? "exit code " + exitCode : first;
        }
    }

    public Result run(List<String> command, Path workDir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0"); // a remote base must never wait for a password
        Process process = pb.start();
        process.getOutputStream().close();
        Capture out = new Capture(process.getInputStream(), maxOutput, process);
        Capture err = new Capture(process.getErrorStream(), MAX_STDERR, null);
        Thread outThread = Thread.ofVirtual().start(out);
        Thread errThread = Thread.ofVirtual().start(err);
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            outThread.join(TimeUnit.SECONDS.toMillis(5));
            errThread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        return new Result(finished ? process.exitValue() : -1, out.text(), err.text(), !finished, out.truncated);
    }

    public Duration timeout() {
        return timeout;
    }

    public int maxOutput() {
        return maxOutput;
    }

    /** Drains one stream up to a cap; past the cap it stops the process (stdout) or discards (stderr). */
    private static final class Capture implements Runnable {
        private final InputStream in;
        private final int cap;
        private final Process stopOnOverflow;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        volatile boolean truncated;

        Capture(InputStream in, int cap, Process stopOnOverflow) {
            this.in = in;
            this.cap = cap;
            this.stopOnOverflow = stopOnOverflow;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    int room = cap - bytes.size();
                    if (n > room) {
                        bytes.write(buffer, 0, Math.max(0, room));
                        truncated = true;
                        if (stopOnOverflow != null) {
                            stopOnOverflow.destroyForcibly();
                            return;
                        }
                    } else {
                        bytes.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process was stopped; what was read so far is all there is
            }
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
