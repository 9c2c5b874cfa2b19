package dev.cairn.engine.bench;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.check.ConfiguredCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.Pricing;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Finding;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.discovery.KustomizePatches;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.kpi.resources.ResourceFact;
import dev.cairn.maturity.kpi.resources.ResourceFacts;
import dev.cairn.maturity.kpi.resources.ResourceKpis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The floor under PRODUCT.md's "Fast" bar: what a scan's own work costs on its own, as a share of reading the
 * same objects, so that the ratio {@link ScanBenchmark} prints can be told apart into work and overhead. One
 * thread; the realistic corpus; each file read and then its objects handled at once, as a scan does (trees
 * just parsed); medians of rounds after warm-up. It prints microseconds per object for the reading, the
 * evidence the scan keeps of each object (the summary for the cross-object checks, the criteria's facts, the
 * resource facts of the KPIs), the per-object checks, the cross-object checks, and what follows them before
 * the assessment (sorting the findings, indexing the facts, the resource KPIs), each with its share of the
 * reading; the assessment itself is left out. Garbage collection and the cache effects of mixing the work with the reading are not in these
 * figures: the full scan's ratio minus this sum is what they cost. Usage and numbers: docs/benchmarks.md.
 */
public final class FloorBenchmark {
    private static final int WARM_UP = 20;
    private static final int ROUNDS = 21;

    public static void main(String[] args) throws Exception {
        int objects = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Files.createTempDirectory("cairn-floor-");
        try {
            new CorpusGenerator(42, CorpusGenerator.Mix.REALISTIC).write(root, objects, Math.max(10, objects / 20));
            run(root);
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static void run(Path root) throws Exception {
        List<DiscoveredFile> files = KustomizePatches.reclassify(
                new Discovery(List.of(), List.of(), CairnConfig.DEFAULT_MAX_FILE_SIZE).discover(root).files());
        ManifestReader reader = new ManifestReader(YamlLimits.defaults());
        CheckRunner runner = new CheckRunner(BuiltInChecks.registry().all().stream().map(ConfiguredCheck::withDefaults).toList());
        long[] reading = new long[ROUNDS];
        long[] evidence = new long[ROUNDS];
        long[] checks = new long[ROUNDS];
        long[] index = new long[ROUNDS];
        long[] tail = new long[ROUNDS];
        int count = 0;
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            long read = 0;
            long kept = 0;
            long judged = 0;
            List<ObjectSummary> summaries = new ArrayList<>();
            List<ObjectFacts> facts = new ArrayList<>();
            List<ResourceFact> resources = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            for (DiscoveredFile file : files) {
                long t0 = System.nanoTime();
                List<K8sObject> read0 = reader.read(file).objects();
                long t1 = System.nanoTime();
                for (K8sObject o : read0) { // in the scan's order: what it keeps, then the checks
                    summaries.add(ObjectSummary.of(o));
                    facts.add(ObjectFacts.of(o));
                    ResourceFacts.of(o).ifPresent(resources::add);
                }
                long t2 = System.nanoTime();
                for (K8sObject o : read0) {
                    findings.addAll(runner.onObject(o));
                }
                long t3 = System.nanoTime();
                read += t1 - t0;
                kept += t2 - t1;
                judged += t3 - t2;
            }
            long t4 = System.nanoTime();
            findings.addAll(runner.onIndex(new ObjectIndex(summaries)));
            long t5 = System.nanoTime();
            // what the scan does with all of it before the assessment: the findings in report order, the
            // criteria's facts indexed, the resource KPIs
            findings.sort(Finding.ORDER);
            new ManifestFacts(facts);
            ResourceKpis.kpis(resources, Pricing.OPENCOST_DEFAULTS);
            long t6 = System.nanoTime();
            long crossObject = t5 - t4;
            count = summaries.size();
            if (round >= 0) {
                reading[round] = read;
                evidence[round] = kept;
                checks[round] = judged;
                index[round] = crossObject;
                tail[round] = t6 - t5;
            }
        }
        double r = perObject(reading, count);
        System.out.printf(Locale.ROOT, "%d objects, one thread, median of %d rounds after %d warm-up rounds%n", count, ROUNDS, WARM_UP);
        System.out.printf(Locale.ROOT, "%-36s %8.2f us/object%n", "reading (parse-only's work)", r);
        double sum = 0;
        for (var row : List.of(new Object[] {"evidence (summary, facts, resources)", evidence},
                new Object[] {"per-object checks", checks}, new Object[] {"cross-object checks", index},
                new Object[] {"report order, manifest facts, KPIs", tail})) {
            double v = perObject((long[]) row[1], count);
            sum += v;
            System.out.printf(Locale.ROOT, "%-36s %8.2f us/object  %5.2f of reading%n", row[0], v, v / r);
        }
        System.out.printf(Locale.ROOT, "%-36s %8.2f us/object  %5.2f of reading (the bar allows 0.50 for all)%n",
                "the scan's own work", sum, sum / r);
    }

    private static double perObject(long[] nanos, int objects) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e3 / objects;
    }
}
