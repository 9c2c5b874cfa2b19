package dev.cairn.server;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.report.RuleCatalog;
import dev.cairn.store.Dialect;
import dev.cairn.store.HistoryStore;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The dashboard under a year of history (not a test; run by hand): records REPOS x SCANS daily scans, each with
 * FINDINGS findings, CRITERIA criterion results and 10 KPIs, into a SQLite file, then serves it on loopback and
 * measures the latency of the portfolio, repository and scan pages over N sequential requests each, and the store's
 * size. Client, server and database share the machine, so the figures are indicative.
 *
 * <pre>./mvnw -q -o -pl cairn-server -am test-compile -Djacoco.skip=true
 * java -cp "$(cat cairn-server/target/bench.classpath):cairn-server/target/classes:cairn-server/target/test-classes" \
 *     dev.cairn.server.DashboardBenchmark /tmp/bench.db 500 365 50 80 200</pre>
 */
public final class DashboardBenchmark {
    private static final Instant END = Instant.parse("2026-11-20T06:00:00Z");

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench.db");
        int repositories = arg(args, 1, 500);
        int scans = arg(args, 2, 365);
        int findings = arg(args, 3, 50);
        int criteria = arg(args, 4, 80);
        int requests = arg(args, 5, 200);

        if (!Files.exists(file)) {
            record(file, repositories, scans, findings, criteria);
        }
        long bytes = 0;
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path p = Path.of(file + suffix);
            bytes += Files.exists(p) ? Files.size(p) : 0;
        }
        System.out.printf(Locale.ROOT, "store: %s, %.2f GiB (%d bytes)%n", file, bytes / (1024.0 * 1024 * 1024), bytes);

        HistoryStore store = HistoryStore.open(dev.cairn.store.HistoryDatabase.sqlite(file));
        try (CairnServer server = CairnServer.start(new ServerConfig(store, RuleCatalog.empty(), "127.0.0.1", 0,
                ServerConfig.DEFAULT_MAX_UPLOAD_BYTES, Clock.fixed(END.plus(Duration.ofHours(6)), ZoneOffset.UTC),
                new PrintStream(OutputStream.nullOutputStream())))) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            Random random = new Random(7);
            measure(client, "portfolio page  /", requests, i -> base + "/");
            measure(client, "repository page /repository", requests,
                    i -> base + "/repository?name=" + URLEncoder.encode(name(random.nextInt(repositories)), StandardCharsets.UTF_8));
            long lastScan = (long) repositories * scans;
            measure(client, "scan page       /scans/{id}", requests, i -> base + "/scans/" + (1 + random.nextLong(lastScan)));
            measure(client, "metrics         /metrics", Math.max(1, requests / 10), i -> base + "/metrics");
        }
    }

    /** Sequential GETs after 5 unmeasured ones; prints p50, p95, max and the page size. */
    private static void measure(HttpClient client, String what, int n, java.util.function.IntFunction<String> url)
            throws Exception {
        for (int i = 0; i < 5; i++) {
            client.send(HttpRequest.newBuilder(URI.create(url.apply(i))).build(), HttpResponse.BodyHandlers.discarding());
        }
        double[] millis = new double[n];
        long size = 0;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url.apply(i))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url.apply(i) + " answered " + r.statusCode());
            }
            size = r.body().length;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-30s n=%d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d KiB)%n", what, n,
                millis[n / 2], millis[(int) Math.ceil(n * 0.95) - 1], millis[n - 1], size / 1024);
    }

    /**
     * Through the store's own save (one transaction per scan, as uploads do), on a connection that skips the fsync of
     * each commit: the load is repeatable, so durability is not needed while it runs.
     */
    private static void record(Path file, int repositories, int scans, int findings, int criteria) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        HistoryStore store = HistoryStore.open(ds, Dialect.SQLITE);
        Random random = new Random(42);
        long start = System.nanoTime();
        for (int day = scans - 1; day >= 0; day--) {
            Instant at = END.minus(Duration.ofDays(day));
            for (int r = 0; r < repositories; r++) {
                ScanReport report = report(name(r), at, random, findings, criteria);
                store.save(report, "0".repeat(64), TestReports.json(report));
            }
            int done = (scans - day) * repositories;
            if ((scans - day) % 10 == 0 || day == 0) {
                System.out.printf(Locale.ROOT, "recorded %d of %d scans in %.0f s%n", done, repositories * scans,
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static ScanReport report(String repository, Instant at, Random random, int findings, int criteria) {
        List<Finding> list = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int i = 0; i < findings; i++) {
            list.add(TestReports.finding(String.format(Locale.ROOT, "K8S-%03d", 1 + random.nextInt(60)),
                    severities[random.nextInt(severities.length)], "deploy/app-" + (i % 7) + ".yaml", 1 + random.nextInt(400),
                    "container " + i + " has a finding the benchmark made up"));
        }
        List<CriterionResult> verdicts = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < criteria; i++) {
            Aspect aspect = Aspect.values()[i % Aspect.values().length];
            verdicts.add(TestReports.criterion(aspect.criterionPrefix() + "-" + (1 + i / Aspect.values().length), aspect,
                    outcomes[random.nextInt(outcomes.length)]));
        }
        List<AspectScore> aspects = new ArrayList<>();
        for (Aspect a : Aspect.values()) {
            aspects.add(TestReports.aspect(a, AspectState.values()[random.nextInt(AspectState.values().length)],
                    random.nextInt(101)));
        }
        List<KpiValue> kpis = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            kpis.add(TestReports.kpi("kpi-" + k, Math.round(random.nextDouble() * 1000) / 10.0, "percent", k % 2 == 0 ? 90.0 : null));
        }
        return TestReports.report(repository, Long.toHexString(random.nextLong()), at, list, verdicts, aspects, kpis);
    }

    private static String name(int r) {
        return "https://github.com/acme/service-" + r + ".git";
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
