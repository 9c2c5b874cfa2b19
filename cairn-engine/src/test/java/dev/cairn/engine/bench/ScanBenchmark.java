package dev.cairn.engine.bench;

import dev.cairn.checks.BuiltInChecks;
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
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * Prints parse-only time, full-scan time, their ratio, objects per second and peak heap for corpora of
 * N objects (PRODUCT.md "Fast": a full scan costs at most 1.5x a parse-only pass at 10,000 objects; 100,000
 * objects fit in a 512 MiB heap). Parse-only is discovery plus reading every file through the same
 * ManifestReader (composing every document with positions and lifting objects), on the same thread pool,
 * without checks. Each figure is the median of several rounds after a warm-up. Usage and numbers:
 * docs/benchmarks.md.
 */
public final class ScanBenchmark {
    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
                : Stream.of(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MiB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%9s %7s %12s %12s %7s %12s %14s %9s%n", "objects", "files", "parse-only",
                "full scan", "ratio", "objects/s", "peak heap MiB", "findings");
        for (int n : sizes) {
            Path root = Files.createTempDirectory("cairn-bench-");
            try {
                int files = Math.max(10, n / 20);
                new CorpusGenerator(42).write(root, n, files);
                int rounds = n >= 100_000 ? 3 : 7;
                run(root, n, files, rounds);
            } finally {
                delete(root);
            }
        }
    }

    private static void run(Path root, int n, int files, int rounds) throws Exception {
        Scanner scanner = new Scanner(BuiltInChecks.registry(), Clock.systemUTC(), new ToolInfo("cairn", "bench", "bench"));
        ScanRequest request = ScanRequest.of(root, CairnConfig.defaults());
        parseOnly(root); // warm-up
        scanner.scan(request);
        List<Long> parse = new ArrayList<>();
        List<Long> scan = new ArrayList<>();
        long peak = 0;
        int findings = 0;
        for (int i = 0; i < rounds; i++) { // interleaved, so drift in machine load hits both alike
            System.gc();
            long t0 = System.nanoTime();
            parseOnly(root);
            parse.add(System.nanoTime() - t0);
            System.gc();
            resetPeaks();
            long t1 = System.nanoTime();
            ScanReport report = scanner.scan(request);
            scan.add(System.nanoTime() - t1);
            peak = Math.max(peak, peakHeap());
            findings = report.findings().size();
        }
        double p = median(parse) / 1e6;
        double s = median(scan) / 1e6;
        System.out.printf(Locale.ROOT, "%9d %7d %9.0f ms %9.0f ms %7.2f %12.0f %14d %9d%n", n, files, p, s, s / p,
                n / (s / 1000), peak >> 20, findings);
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

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
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
