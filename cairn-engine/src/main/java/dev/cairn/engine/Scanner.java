package dev.cairn.engine;

import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.InputCounts;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.model.SuppressionKind;
import dev.cairn.core.model.Target;
import dev.cairn.core.model.ToolInfo;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.discovery.DiscoveryResult;
import dev.cairn.ingest.discovery.KustomizePatches;
import dev.cairn.ingest.git.GitInfo;
import dev.cairn.ingest.manifest.FileEvidence;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.maturity.kpi.KpiTargets;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scan pipeline: discover files, then read and check them in parallel as they stream (each file's
 * trees are dropped once its objects are judged and summarised), then run cross-object checks over the
 * compact index, apply waivers and the baseline, and assemble one sorted {@link ScanReport}.
 * All IO happens here and in ingest; checks stay pure.
 */
public final class Scanner {
    private final CheckRegistry registry;
    private final Clock clock;
    private final ToolInfo tool;
    private final int threads;

    public Scanner(CheckRegistry registry, Clock clock, ToolInfo tool) {
        this(registry, clock, tool, Runtime.getRuntime().availableProcessors());
    }

    public Scanner(CheckRegistry registry, Clock clock, ToolInfo tool, int threads) {
        this.registry = registry;
        this.clock = clock;
        this.tool = tool;
        this.threads = Math.max(1, threads);
    }

    public ScanReport scan(ScanRequest request) throws ScanFailedException {
        long started = System.nanoTime();
        Instant scannedAt = clock.instant();
        var config = request.config();
        DiscoveryResult discovered;
        try {
            discovered = new Discovery(config.include(), config.exclude(), config.maxFileSize()).discover(request.root());
        } catch (IOException | SecurityException e) {
            throw new ScanFailedException("cannot read " + request.display() + ": " + e.getMessage(), e);
        }
        CheckRunner runner = new CheckRunner(CheckSelection.configure(registry, config));
        ManifestReader reader = new ManifestReader(limitsFor(config.maxFileSize()));

        List<DiscoveredFile> files = KustomizePatches.reclassify(discovered.files());
        Collected collected = readAll(files, reader, runner);
        // KPIs without git (resources and cost from the manifests, vulnerabilities from scanner output) need
        // nothing from what follows: worked out on a thread of their own while this one runs the cross-object
        // checks and merges the findings, so that a second core is not left idle.
        FutureTask<ManifestAndScannerKpis.Result> manifestKpis = new FutureTask<>(
                () -> collected.kpis.finish(request.root(), files, request.scanResults(), config));
        Thread.ofPlatform().name("cairn-kpis").daemon(true).start(manifestKpis);
        List<Finding> findings = collected.findingsInFileOrder();
        findings.addAll(runner.onIndex(new ObjectIndex(new ArrayList<>(collected.summaries))));

        LocalDate today = LocalDate.ofInstant(scannedAt, ZoneOffset.UTC);
        findings.addAll(runner.onConfig(config, today));
        Waivers waivers = new Waivers(config.waivers(), today);
        // Nearly sorted already (one sorted run per file, in path order): TimSort only merges in the rest.
        findings.sort(Finding.ORDER);
        if (!waivers.isEmpty() || !request.baseline().isEmpty()) {
            findings = findings.stream().map(waivers::apply).map(f -> baseline(f, request)).toList();
        }

        List<Note> notes = new ArrayList<>(discovered.notes());
        notes.addAll(collected.notes);
        notes.addAll(helmNotes(files));
        ManifestAndScannerKpis.Result kpis = await(manifestKpis);
        notes.addAll(kpis.notes());
        notes.sort(Note.ORDER);

        List<KpiValue> allKpis = new ArrayList<>(kpis.kpis());
        allKpis.addAll(KpiCollector.forScan(request.root(), config, scannedAt, request.historyCache())); // git KPIs: DORA, delivery, effort
        Optional<GitInfo> git = GitInfo.of(request.root());
        String repository = git.map(GitInfo::remote)
                .orElseGet(() -> Optional.ofNullable(request.root().toAbsolutePath().normalize().getFileName())
                        .map(Path::toString).orElse(request.display()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        Target target = new Target(request.display(), repository, git.map(GitInfo::commit).orElse(null), scannedAt,
                millis, counts(files, collected));
        return new ScanReport(ScanReport.SCHEMA_VERSION, tool, target, notes, findings, runner.results(findings),
                List.of(), List.of(), List.of(), List.of(), KpiTargets.apply(allKpis, config.kpis()));
    }

    private static <T> T await(FutureTask<T> task) throws ScanFailedException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanFailedException("interrupted", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error r -> throw r;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** SnakeYAML's input limit is raised to the file size cap (PRODUCT.md, "Positions"). */
    private static YamlLimits limitsFor(long maxFileSize) {
        YamlLimits d = YamlLimits.defaults();
        int codePoints = (int) Math.min(Integer.MAX_VALUE - 1024L, maxFileSize) + 1024;
        return new YamlLimits(d.maxDepth(), d.maxAliasExpansion(), Math.max(d.codePointLimit(), codePoints));
    }

    private Collected readAll(List<DiscoveredFile> files, ManifestReader reader, CheckRunner runner) {
        Collected collected = new Collected();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cairn-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (DiscoveredFile file : files) {
                futures.add(pool.submit(() -> readOne(file, reader, runner, collected)));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // readOne guards itself; reaching here means a bug in cairn, which must not lose the scan
                    collected.notes.add(Note.file(SourcePath.ROOT, NoteKind.UNREADABLE,
                            "internal error while reading a file: " + e.getCause()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        return collected;
    }

    private static void readOne(DiscoveredFile file, ManifestReader reader, CheckRunner runner, Collected into) {
        FileEvidence evidence = reader.read(file);
        into.notes.addAll(evidence.notes());
        List<Finding> findings = new ArrayList<>(runner.onSource(evidence.source()));
        if (evidence.source().kind() != FileKind.OTHER) {
            into.filesRead.incrementAndGet();
        }
        into.documents.addAndGet(evidence.source().documents());
        count(file.kind(), into);
        for (K8sObject object : evidence.objects()) {
            into.objects.incrementAndGet();
            findings.addAll(runner.onObject(object));
            into.summaries.add(ObjectSummary.of(object));
            into.kpis.onObject(object); // compact resource facts for the KPIs, no tree kept
        }
        // Sorted here, on the scan threads, so that the report's sort only has to merge the files.
        findings.sort(Finding.ORDER);
        into.findingsByFile.add(findings);
    }

    private static void count(FileKind kind, Collected into) {
        switch (kind) {
            case KUSTOMIZATION -> into.kustomizations.incrementAndGet();
            case HELM_CHART -> into.charts.incrementAndGet();
            case DOCKERFILE -> into.dockerfiles.incrementAndGet();
            case CI_PIPELINE -> into.pipelines.incrementAndGet();
            default -> { }
        }
    }

    private static Finding baseline(Finding finding, ScanRequest request) {
        return finding.counts() && request.baseline().contains(finding.fingerprint())
                ? finding.suppress(new Suppression(SuppressionKind.BASELINE, "present in the baseline report", null, null))
                : finding;
    }

    /** One note per chart: its templates are recognised but not rendered in this version. */
    private static List<Note> helmNotes(List<DiscoveredFile> files) {
        TreeSet<SourcePath> charts = new TreeSet<>();
        files.stream().filter(f -> f.kind() == FileKind.HELM_CHART).forEach(f -> charts.add(f.path()));
        return charts.stream().map(p -> Note.file(p, NoteKind.HELM_TEMPLATE_NOT_RENDERED,
                "Helm chart: templates are recognised but not rendered, so they are not checked yet")).toList();
    }

    private static InputCounts counts(List<DiscoveredFile> files, Collected c) {
        return new InputCounts(c.filesRead.get(), c.documents.get(), c.objects.get(), c.kustomizations.get(),
                c.charts.get(), c.dockerfiles.get(), c.pipelines.get());
    }

    /** What the parallel readers hand back; only thread-safe containers. */
    private static final class Collected {
        /** One sorted list per file. */
        final ConcurrentLinkedQueue<List<Finding>> findingsByFile = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Note> notes = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<ObjectSummary> summaries = new ConcurrentLinkedQueue<>();
        final ManifestAndScannerKpis kpis = new ManifestAndScannerKpis();
        final AtomicInteger filesRead = new AtomicInteger();
        final AtomicInteger documents = new AtomicInteger();
        final AtomicInteger objects = new AtomicInteger();
        final AtomicInteger kustomizations = new AtomicInteger();
        final AtomicInteger charts = new AtomicInteger();
        final AtomicInteger dockerfiles = new AtomicInteger();
        final AtomicInteger pipelines = new AtomicInteger();

        /** The files' findings, each file's run after the runs of the files before it in report order. */
        List<Finding> findingsInFileOrder() {
            List<List<Finding>> runs = new ArrayList<>(findingsByFile);
            runs.removeIf(List::isEmpty);
            runs.sort((a, b) -> Finding.ORDER.compare(a.getFirst(), b.getFirst()));
            List<Finding> all = new ArrayList<>();
            runs.forEach(all::addAll);
            return all;
        }
    }
}
