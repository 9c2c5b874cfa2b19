package dev.cairn.engine.bench;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.ToolInfo;
import dev.cairn.engine.ScanRequest;
import dev.cairn.engine.Scanner;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.discovery.KustomizePatches;
import dev.cairn.ingest.manifest.FileEvidence;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Prints parse-only time, full-scan time, their ratio in wall time and in CPU time, objects per second and
 * the peak heap after GC for corpora of N objects (PRODUCT.md "Fast": a full scan costs at most 1.5x a
 * parse-only pass at 10,000 objects; 100,000 objects fit in a 512 MiB heap). Parse-only is discovery plus
 * reading every file through the same ManifestReader (composing every document with positions and lifting
 * objects), on the same thread pool, without checks. "No checks" is the wall-time ratio of the same scan with
 * no check registered (reading, the evidence for criteria and KPIs, the assessment): the rest is the checks'
 * share. Each figure is the median of several rounds after warm-up rounds, enough for the JIT to finish with
 * the scan ({@link #warmUpRounds}); the first parse-only pass and the first scan (cold JVM) are printed too. Each size runs for each corpus mix ({@link CorpusGenerator.Mix}: {@code --mix=realistic} or
 * {@code --mix=workload-heavy}, default both). Usage and numbers: docs/benchmarks.md.
 */
public final class ScanBenchmark {
    public static void main(String[] args) throws Exception {
        List<CorpusGenerator.Mix> mixes = Stream.of(args).filter(a -> a.startsWith("--mix="))
                .map(a -> CorpusGenerator.Mix.valueOf(a.substring(6).toUpperCase(Locale.ROOT).replace('-', '_'))).toList();
        int[] sizes = Stream.of(args).filter(a -> !a.startsWith("--")).mapToInt(Integer::parseInt).toArray();
        sizes = sizes.length == 0 ? new int[] {1_000, 10_000, 100_000} : sizes;
        mixes = mixes.isEmpty() ? List.of(CorpusGenerator.Mix.values()) : mixes;
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MiB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%-14s %9s %7s %12s %12s %7s %9s %10s %12s %14s %9s %12s %12s%n", "mix", "objects", "files",
                "parse-only", "full scan", "ratio", "cpu ratio", "no checks", "objects/s", "heap after GC", "findings",
                "first parse", "first scan");
        for (CorpusGenerator.Mix mix : mixes) {
            for (int n : sizes) {
                Path root = Files.createTempDirectory("cairn-bench-");
                try {
                    int files = Math.max(10, n / 20);
                    new CorpusGenerator(42, mix).write(root, n, files);
                    int rounds = n >= 100_000 ? 3 : 11;
                    System.out.printf(Locale.ROOT, "%-14s ", mix.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    run(root, n, files, rounds, warmUpRounds(n));
                } finally {
                    delete(root);
                }
            }
        }
    }

    /**
     * The scan runs far more code than the parse (sixty checks, the evaluators, the KPIs), which the JIT
     * compiles only after enough objects went through it: on 10,000 objects a scan takes about fifteen rounds
     * to reach its steady time, the parse four. Warm-up is therefore counted in objects, about 200,000
     * (20 rounds of 10,000, 2 of 100,000), so that every size is measured compiled.
     */
    static int warmUpRounds(int objects) {
        return Math.clamp(200_000 / Math.max(1, objects), 2, 40);
    }

    private static void run(Path root, int n, int files, int rounds, int warmUps) throws Exception {
        Scanner scanner = new Scanner(BuiltInChecks.registry(), Clock.systemUTC(), new ToolInfo("cairn", "bench", "bench"));
        // the same scan with no check at all: what reading, evidence, KPIs and the assessment cost on their own
        Scanner withoutChecks = new Scanner(new CheckRegistry(List.of()), Clock.systemUTC(), new ToolInfo("cairn", "bench", "bench"));
        ScanRequest request = ScanRequest.of(root, CairnConfig.defaults());
        long firstParse = 0;
        long firstScan = 0;
        for (int i = 0; i < warmUps; i++) { // the first pass in a fresh JVM also pays for class loading and JIT
            long t0 = System.nanoTime();
            parseOnly(root);
            firstParse = i == 0 ? System.nanoTime() - t0 : firstParse;
            long t = System.nanoTime();
            scanner.scan(request);
            firstScan = i == 0 ? System.nanoTime() - t : firstScan;
            withoutChecks.scan(request);
        }
        List<Long> parse = new ArrayList<>();
        List<Long> scan = new ArrayList<>();
        List<Long> parseCpu = new ArrayList<>();
        List<Long> scanCpu = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        long heap = 0;
        int findings = 0;
        try (HeapAfterGc heapAfterGc = new HeapAfterGc()) {
            for (int i = 0; i < rounds; i++) { // interleaved, so drift in machine load hits both alike
                System.gc();
                long c0 = processCpu();
                long t0 = System.nanoTime();
                parseOnly(root);
                parse.add(System.nanoTime() - t0);
                parseCpu.add(processCpu() - c0);
                System.gc();
                long t2 = System.nanoTime();
                withoutChecks.scan(request); // before the full scan, whose report is held until the round ends
                bare.add(System.nanoTime() - t2);
                System.gc();
                heapAfterGc.reset();
                long c1 = processCpu();
                long t1 = System.nanoTime();
                ScanReport report = scanner.scan(request);
                scan.add(System.nanoTime() - t1);
                scanCpu.add(processCpu() - c1);
                System.gc(); // a full collection with the report still held: what the scan's result keeps
                heap = Math.max(heap, heapAfterGc.peakBytes());
                findings = report.findings().size();
                Reference.reachabilityFence(report);
            }
        }
        double p = median(parse) / 1e6;
        double s = median(scan) / 1e6;
        double cpuRatio = (double) median(scanCpu) / median(parseCpu);
        System.out.printf(Locale.ROOT, "%9d %7d %9.0f ms %9.0f ms %7.2f %9.2f %10.2f %12.0f %10d MiB %9d %9.0f ms %9.0f ms%n",
                n, files, p, s, s / p, cpuRatio, median(bare) / 1e6 / p, n / (s / 1000), heap >> 20, findings,
                firstParse / 1e6, firstScan / 1e6);
    }

    /** CPU time of the whole JVM: every thread, garbage collection and JIT compilation included. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Discovery plus every file through the real reader on the same pool, without checks. */
    static int parseOnly(Path root) throws Exception {
        var discovered = new Discovery(List.of(), List.of(), CairnConfig.DEFAULT_MAX_FILE_SIZE).discover(root);
        List<DiscoveredFile> files = KustomizePatches.reclassify(discovered.files());
        ManifestReader reader = new ManifestReader(YamlLimits.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (DiscoveredFile f : files) {
                futures.add(pool.submit(() -> {
                    FileEvidence e = reader.read(f);
                    return e.objects().size();
                }));
            }
            int objects = 0;
            for (Future<Integer> f : futures) objects += f.get();
            return objects;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    private static void delete(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
