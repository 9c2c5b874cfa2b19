package dev.cairn.engine.bench;

import dev.cairn.core.history.DeploymentSource;
import dev.cairn.core.model.KpiValue;
import dev.cairn.engine.KpiCollector;
import dev.cairn.ingest.history.HistoryCollector;
import dev.cairn.maturity.kpi.dora.DoraOptions;
import dev.cairn.maturity.kpi.git.KpiWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The git-KPI benchmark of PRODUCT.md "Quality bars": on a generated 100,000-commit repository, prints the
 * time of {@code git log --name-only} over the history, the time of the full KPI computation with no cache
 * (history collection + tags + all git KPIs) and their ratio (target ≤ 2), and the time of a rescan after one
 * new commit with a warm cache (target ≤ 1 s). Not a test: run it by hand (docs/benchmarks.md).
 *
 * <p>Arguments: {@code [repository dir] [commits]}; the repository is generated when the directory is empty.
 */
public final class GitKpiBenchmark {
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : "target/bench/git-100k").toAbsolutePath();
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        if (!Files.isDirectory(repo.resolve(".git"))) {
            long t0 = System.nanoTime();
            GitRepoGenerator.generate(repo, commits, 42);
            System.out.printf(Locale.ROOT, "generated %s with git fast-import in %.1f s%n", repo, secs(t0));
        }
        int count = Integer.parseInt(output(repo, "git", "rev-list", "--count", "HEAD").strip());
        int tags = output(repo, "git", "tag").split("\n").length;
        System.out.printf(Locale.ROOT, "repository: %d commits reachable from HEAD, %d tags%n", count, tags);
        Instant now = Instant.ofEpochSecond(Long.parseLong(output(repo, "git", "log", "-1", "--format=%ct").strip())).plusSeconds(86_400);
        KpiWindow all = KpiWindow.parse("all", now);
        Map<String, String> env = System.getenv();

        time(repo, "git", "log", "--name-only"); // warm the page cache
        List<Double> gitLog = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) gitLog.add(time(repo, "git", "log", "--name-only"));
        double gitLogMedian = median(gitLog);
        System.out.printf(Locale.ROOT, "git log --name-only                    %6.2f s  (runs %s)%n", gitLogMedian, fmt(gitLog));

        Path cacheBase = Files.createTempDirectory("cairn-bench-cache");
        double coldAuto = 0;
        List<KpiValue> kpis = null;
        for (HistoryCollector.Backend backend : List.of(HistoryCollector.Backend.GIT, HistoryCollector.Backend.JGIT)) {
            List<Double> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                Path cache = cacheBase.resolve(backend + "-" + i);
                long t0 = System.nanoTime();
                KpiCollector.Outcome o = new KpiCollector(env).collect(new KpiCollector.Request(repo, DeploymentSource.DEFAULT, all,
                        DoraOptions.DEFAULTS, cache, backend)).orElseThrow();
                runs.add(secs(t0));
                if (o.history().commits().size() != count) {
                    throw new IllegalStateException(backend + " read " + o.history().commits().size() + " commits, expected " + count);
                }
                kpis = o.kpis();
            }
            double m = median(runs);
            System.out.printf(Locale.ROOT, "KPIs cold, no cache, %-4s backend      %6.2f s  (runs %s; first run includes JIT warm-up)  ratio %.2f%n",
                    backend.name().toLowerCase(Locale.ROOT), m, fmt(runs), m / gitLogMedian);
            if (backend == HistoryCollector.Backend.GIT) coldAuto = m;
        }
        System.out.printf(Locale.ROOT, "ratio cold KPIs / git log (default backend)  %.2f  (target <= 2)%n", coldAuto / gitLogMedian);

        Path warm = cacheBase.resolve("warm");
        KpiCollector.Request request = new KpiCollector.Request(repo, DeploymentSource.DEFAULT, all, DoraOptions.DEFAULTS, warm,
                HistoryCollector.Backend.AUTO);
        new KpiCollector(env).collect(request).orElseThrow();
        long t0 = System.nanoTime();
        KpiCollector.Outcome same = new KpiCollector(env).collect(request).orElseThrow();
        double unchanged = secs(t0);
        GitRepoGenerator.addCommit(repo, now.getEpochSecond() - 3600);
        t0 = System.nanoTime();
        KpiCollector.Outcome rescan = new KpiCollector(env).collect(request).orElseThrow();
        double rescanTime = secs(t0);
        System.out.printf(Locale.ROOT, "rescan, warm cache, nothing new        %6.2f s  (read %d, cached %d)%n", unchanged,
                same.stats().commitsRead(), same.stats().commitsFromCache());
        System.out.printf(Locale.ROOT, "rescan, warm cache, one new commit     %6.2f s  (read %d, cached %d; target <= 1 s)%n", rescanTime,
                rescan.stats().commitsRead(), rescan.stats().commitsFromCache());
        // leave the repository as generated, so that the next run measures the same history
        run(repo, "git", "update-ref", "refs/heads/main", "refs/heads/main~1");

        System.out.println("KPIs over the whole history (tags v*):");
        for (KpiValue k : kpis) {
            System.out.printf(Locale.ROOT, "  %-32s %10s %-10s %s%n", k.id(), k.value(), k.band() == null ? "" : k.band(), k.unit());
        }
        try (Stream<Path> s = Files.walk(cacheBase)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double time(Path repo, String... cmd) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed");
        return secs(t0);
    }

    private static void run(Path repo, String... cmd) throws IOException, InterruptedException {
        time(repo, cmd);
    }

    private static String output(Path repo, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed");
        return out;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private static String fmt(List<Double> v) {
        return String.join(", ", v.stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).toList());
    }
}
