package dev.cairn.server;

import dev.cairn.core.model.ScanReport;
import dev.cairn.report.RuleCatalog;
import dev.cairn.store.ApiTokens;
import dev.cairn.store.Dialect;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryStore;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The dashboard under a year of history and concurrent clients (not a test; run by hand, see docs/benchmarks.md).
 * Fills the store named by the first argument (a SQLite file or a PostgreSQL JDBC URL) with {@code repositories} x
 * {@code days} daily scans unless it holds them already ({@link BenchmarkHistory}), serves it on loopback as
 * {@code cairn serve} does (a {@link ConnectionPool} of {@code pool} connections), and runs closed-loop phases of
 * {@code clients} clients ({@link ClosedLoopLoad}): the portfolio, a random repository's page, a random scan's page,
 * a mix of 45% repository pages, 45% portfolio and 10% uploads, and uploads of new reports. Client, server and
 * database share the machine, so the figures are indicative; the load average is printed with each phase.
 *
 * <p>Options: {@code --repositories=500 --days=365 --findings=50 --criteria=80 --writers=3 --clients=50
 * --warmup=30 --seconds=60 --pool=8 (0: no pool) --phases=portfolio,repository,scan,mixed,upload}, and {@code --load-only}. Uploads
 * go last: the next run removes them first ({@link BenchmarkHistory#removeUploads}).
 */
public final class DashboardBenchmark {
    /** The last day of the loaded year; the server's clock stands six hours later. */
    static final Instant END = Instant.parse("2026-11-20T06:00:00Z");
    private static final int UPLOAD_BODIES = 200;

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: DashboardBenchmark DB [--option=value ...] (see the class comment)");
            System.exit(2);
        }
        HistoryDatabase database = HistoryDatabase.parse(args[0]);
        Map<String, String> options = options(args);
        int repositories = number(options, "repositories", 500);
        int days = number(options, "days", 365);
        BenchmarkReports reports = new BenchmarkReports(number(options, "findings", 50), number(options, "criteria", 80));
        BenchmarkHistory history = new BenchmarkHistory(database, repositories, days, END, reports);
        history.load(number(options, "writers", 3));
        history.removeUploads();
        System.out.println("store: " + size(database) + "; " + MachineLoad.now());
        if (options.containsKey("load-only")) {
            return;
        }

        int poolSize = number(options, "pool", ConnectionPool.DEFAULT_SIZE);
        // --pool=0: the store as the command line opens it, a new connection for every call (for comparison)
        ConnectionPool pool = poolSize > 0 ? ConnectionPool.open(database, poolSize) : null;
        HistoryStore store = pool != null ? pool.store() : HistoryStore.open(database);
        try (CairnServer server = CairnServer.start(new ServerConfig(store, RuleCatalog.empty(), "127.0.0.1", 0,
                     ServerConfig.DEFAULT_MAX_UPLOAD_BYTES, runningFrom(END.plus(Duration.ofHours(6))),
                     new PrintStream(OutputStream.nullOutputStream())))) {
            String base = "http://127.0.0.1:" + server.port();
            String token = token(store);
            List<String> uploads = uploadBodies(reports, repositories);
            long loadedScans = (long) repositories * days;
            Map<String, Function<Random, ClosedLoopLoad.Request>> requests = new HashMap<>();
            requests.put("portfolio", r -> get("portfolio", base + "/"));
            requests.put("repository", r -> get("repository", base + "/repository?name="
                    + URLEncoder.encode(BenchmarkReports.repository(r.nextInt(repositories)), StandardCharsets.UTF_8)));
            requests.put("scan", r -> get("scan", base + "/scans/" + (1 + r.nextLong(loadedScans))));
            requests.put("upload", r -> new ClosedLoopLoad.Request("upload", HttpRequest.newBuilder(URI.create(base + "/api/scans"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(uploads.get(r.nextInt(uploads.size())))).build()));
            requests.put("mixed", r -> {
                int dice = r.nextInt(100);
                return requests.get(dice < 45 ? "repository" : dice < 90 ? "portfolio" : "upload").apply(r);
            });

            ClosedLoopLoad load = new ClosedLoopLoad(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build(), number(options, "clients", 50),
                    Duration.ofSeconds(number(options, "warmup", 30)), Duration.ofSeconds(number(options, "seconds", 60)));
            System.out.printf(Locale.ROOT, "server on %s %s; %d processors%n", base,
                    pool != null ? "with a pool of " + poolSize + " connections" : "without a pool",
                    Runtime.getRuntime().availableProcessors());
            for (String phase : options.getOrDefault("phases", "portfolio,repository,scan,mixed,upload").split(",")) {
                Function<Random, ClosedLoopLoad.Request> next = requests.get(phase);
                if (next == null) {
                    throw new IllegalArgumentException("no phase " + phase + "; phases: " + requests.keySet());
                }
                load.run(phase, next);
            }
        } finally {
            if (pool != null) {
                pool.close();
            }
        }
        System.out.println("store: " + size(database) + "; " + MachineLoad.now());
    }

    /** A clock that starts at that time and runs: kept pages age as they would in a server that runs for real. */
    private static Clock runningFrom(Instant start) {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
    }

    private static ClosedLoopLoad.Request get(String kind, String url) {
        // as a browser asks: Javalin then compresses pages larger than a packet
        return new ClosedLoopLoad.Request(kind, HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(60)).build());
    }

    private static String token(HistoryStore store) {
        ApiTokens.Issued issued = ApiTokens.issue("benchmark-" + System.currentTimeMillis(), Instant.now(), new SecureRandom());
        if (!store.addToken(issued.stored())) {
            throw new IllegalStateException("a token named " + issued.stored().name() + " exists already");
        }
        return issued.token();
    }

    /** Reports as large as the loaded ones, of random repositories, scanned a little after the loaded year. */
    private static List<String> uploadBodies(BenchmarkReports reports, int repositories) {
        Random random = new Random(99);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < UPLOAD_BODIES; i++) {
            ScanReport report = reports.report(random.nextInt(repositories), END.plus(Duration.ofMinutes(60 + i)), random.nextLong());
            bodies.add(TestReports.json(report));
        }
        return bodies;
    }

    private static String size(HistoryDatabase database) throws Exception {
        if (database.dialect() == Dialect.SQLITE) {
            long bytes = 0;
            for (String suffix : List.of("", "-wal", "-shm")) {
                var file = database.file().resolveSibling(database.file().getFileName() + suffix);
                bytes += Files.exists(file) ? Files.size(file) : 0;
            }
            return String.format(Locale.ROOT, "%s, %.2f GiB", database.display(), bytes / (1024.0 * 1024 * 1024));
        }
        try (Connection c = DriverManager.getConnection(database.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database())),"
                     + " (SELECT count(*) FROM scan)")) {
            rs.next();
            return database.display() + ", " + rs.getString(1) + ", " + rs.getLong(2) + " scans";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name=value, not " + args[i]);
            }
            String[] nameValue = args[i].substring(2).split("=", 2);
            options.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "true");
        }
        return options;
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }
}
