package dev.cairn.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Closed-loop load on loopback: each client (a virtual thread) sends a request, reads the whole answer, and sends the
 * next one at once. Requests sent during the warm-up are not measured; those sent in the measured window are, and
 * no client starts one after it. A request's latency ends when the last byte of the answer has arrived. Unzipping a
 * page is the browser's work on its own machine, not the server's, so here, where client and server share the cores,
 * one answer in {@value #CHECKED} is unzipped and checked (a whole page, or an upload's id), outside its latency.
 * Answers other than 2xx, failed requests and answers that fail the check are errors. Sizes are as sent (gzip).
 */
final class ClosedLoopLoad {
    /** One answer in this many is unzipped and checked; the others only arrive (see the class comment). */
    private static final int CHECKED = 50;

    /** One request, with the kind it is counted under ({@code portfolio}, {@code upload}, ...). */
    record Request(String kind, HttpRequest request) {}

    private final HttpClient client;
    private final int clients;
    private final Duration warmUp;
    private final Duration measured;

    ClosedLoopLoad(HttpClient client, int clients, Duration warmUp, Duration measured) {
        this.client = client;
        this.clients = clients;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    /** Runs one phase and prints its figures, per kind of request and, when it mixes kinds, for all of them. */
    void run(String phase, Function<Random, Request> next) throws Exception {
        long start = System.nanoTime();
        long measuredFrom = start + warmUp.toNanos();
        long until = measuredFrom + measured.toNanos();
        List<Future<Samples>> running = new ArrayList<>();
        String loadBefore;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                Random random = new Random(phase.hashCode() * 31L + i);
                running.add(threads.submit(() -> loop(next, random, measuredFrom, until)));
            }
            Thread.sleep(Duration.ofNanos(Math.max(0, measuredFrom - System.nanoTime())));
            loadBefore = MachineLoad.now();
        }
        String loadAfter = MachineLoad.now();
        Map<String, Samples> byKind = new LinkedHashMap<>();
        Samples all = new Samples();
        for (Future<Samples> f : running) {
            Samples s = f.get();
            all.add(s);
            s.byKind.forEach((kind, part) -> byKind.computeIfAbsent(kind, k -> new Samples()).add(part));
        }
        double seconds = measured.toNanos() / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d clients, %.0f s after %.0f s of warm-up; %s at the start, %s at the end%n",
                phase, clients, seconds, warmUp.toNanos() / 1e9, loadBefore, loadAfter);
        if (byKind.size() > 1) {
            System.out.println(all.line("  all", seconds));
        }
        byKind.forEach((kind, s) -> System.out.println(s.line("  " + kind, seconds)));
        for (String error : all.errorSamples) {
            System.out.println("  error: " + error);
        }
    }

    private Samples loop(Function<Random, Request> next, Random random, long measuredFrom, long until) {
        Samples samples = new Samples();
        long answers = 0;
        for (long sent = System.nanoTime(); sent < until; sent = System.nanoTime()) {
            Request r = next.apply(random);
            String failure = null;
            long bytes = 0;
            long received = 0;
            try {
                HttpResponse<byte[]> answer = client.send(r.request(), HttpResponse.BodyHandlers.ofByteArray());
                received = System.nanoTime();
                bytes = answer.body().length;
                if (answer.statusCode() / 100 != 2) {
                    failure = r.kind() + " answered " + answer.statusCode() + ": "
                            + excerpt(new String(decoded(answer), StandardCharsets.UTF_8));
                } else if (++answers % CHECKED == 0) {
                    failure = check(r.kind(), decoded(answer));
                }
            } catch (IOException e) {
                failure = r.kind() + " failed: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return samples;
            }
            if (sent >= measuredFrom) {
                samples.record(r.kind(), (received > 0 ? received : System.nanoTime()) - sent, sent - measuredFrom, bytes, failure);
            }
        }
        return samples;
    }

    /** Null when an answer unzipped is what its kind should be: a whole page, or the JSON of a recorded upload. */
    private static String check(String kind, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        boolean whole = kind.equals("upload") ? text.contains("\"id\"") : text.startsWith("<!DOCTYPE html>") && text.endsWith("</html>\n");
        return whole ? null : kind + " answered 2xx with " + excerpt(text);
    }

    /** The body as a browser reads it: unzipped when the server compressed it (pages are asked for with gzip). */
    private static byte[] decoded(HttpResponse<byte[]> answer) throws IOException {
        if (answer.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
                return in.readAllBytes();
            }
        }
        return answer.body();
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }

    /** Latencies, sizes and errors of one client, or of several merged. */
    private static final class Samples {
        private long[] nanos = new long[1024];
        private int count;
        private long bytes;
        private long errors;
        /** The longest latency, and when its request was sent in the measured window (a stall, or a phase's start?). */
        private long slowest;
        private long slowestSentAfter;
        private final Set<String> errorSamples = new LinkedHashSet<>();
        private final Map<String, Samples> byKind = new LinkedHashMap<>();

        void record(String kind, long latency, long sentAfter, long size, String failure) {
            Samples part = byKind.computeIfAbsent(kind, k -> new Samples());
            for (Samples s : List.of(this, part)) {
                s.addLatency(latency);
                if (latency >= s.slowest) {
                    s.slowest = latency;
                    s.slowestSentAfter = sentAfter;
                }
                s.bytes += size;
                if (failure != null) {
                    s.errors++;
                    if (s.errorSamples.size() < 5) {
                        s.errorSamples.add(failure);
                    }
                }
            }
        }

        private void addLatency(long latency) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latency;
        }

        void add(Samples other) {
            for (int i = 0; i < other.count; i++) {
                addLatency(other.nanos[i]);
            }
            bytes += other.bytes;
            errors += other.errors;
            if (other.slowest >= slowest) {
                slowest = other.slowest;
                slowestSentAfter = other.slowestSentAfter;
            }
            for (String e : other.errorSamples) {
                if (errorSamples.size() < 5) {
                    errorSamples.add(e);
                }
            }
        }

        String line(String what, double seconds) {
            if (count == 0) {
                return what + ": no request finished";
            }
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%-12s %7d requests %8.1f/s  p50 %7.1f  p95 %7.1f  p99 %7.1f  p99.9 %7.1f"
                            + "  max %7.1f ms (sent at %.1f s)  errors %d  (%.1f KiB each as sent)", what, count,
                    count / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 0.999),
                    sorted[count - 1] / 1e6, slowestSentAfter / 1e9, errors, bytes / 1024.0 / count);
        }

        /** The nearest-rank percentile. */
        private static double ms(long[] sorted, double p) {
            return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }
}
