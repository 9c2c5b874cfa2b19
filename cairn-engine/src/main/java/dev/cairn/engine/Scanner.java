package dev.cairn.engine;

import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.InputCounts;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.model.SuppressionKind;
import dev.cairn.core.model.Target;
import dev.cairn.core.model.ToolInfo;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.discovery.DiscoveryResult;
import dev.cairn.ingest.discovery.KustomizePatches;
import dev.cairn.ingest.git.GitInfo;
import dev.cairn.ingest.manifest.FileEvidence;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.render.RenderResult;
import dev.cairn.ingest.repo.RepositoryReader;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.maturity.assess.Assessment;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.AssessmentResult;
import dev.cairn.maturity.assess.CheckOutcomes;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.kpi.KpiTargets;
import dev.cairn.maturity.kpi.security.ImageScanCoverage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
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
        return scan(request, new ScanTimings());
    }

    /** Scans, and records in {@code timings} how long each phase took. */
    public ScanReport scan(ScanRequest request, ScanTimings timings) throws ScanFailedException {
        long started = System.nanoTime();
        timings.start();
        Instant scannedAt = clock.instant();
        var config = request.config();
        DiscoveryResult discovered;
        try {
            discovered = new Discovery(config.include(), config.exclude(), config.maxFileSize()).discover(request.root());
        } catch (IOException | SecurityException e) {
            throw new ScanFailedException("cannot read " + request.display() + ": " + e.getMessage(), e);
        }
        timings.end("discovery");
        CheckRunner runner = new CheckRunner(CheckSelection.configure(registry, config));
        ManifestReader reader = new ManifestReader(limitsFor(config.maxFileSize()));

        List<DiscoveredFile> files = KustomizePatches.reclassify(discovered.files());
        List<DiscoveredFile> everyFile = new ArrayList<>(files);
        everyFile.addAll(discovered.others());
        // The repository's documents and file list, for the criteria, need nothing the reading makes; nor do the
        // git history (the KPIs and the history the criteria read) and the commit, which on a small repository
        // are then read while kustomize renders.
        FutureTask<RepositoryFiles> repositoryFiles = inBackground("cairn-repository", () -> RepositoryReader.read(everyFile));
        FutureTask<Optional<KpiCollector.Outcome>> gitHistory = inBackground("cairn-git",
                () -> KpiCollector.forScan(request.root(), config, scannedAt, request.historyCache()));
        FutureTask<Optional<GitInfo>> gitCommit = inBackground("cairn-git-commit", () -> GitInfo.of(request.root()));
        RenderResult rendered = RenderStage.render(request, files, limitsFor(config.maxFileSize()));
        timings.end("rendering (kustomize, Helm)");
        if (rendered.kept() > 0) {
            timings.note(rendered.kept() + " of " + (rendered.kept() + rendered.ran())
                    + " renders kept from an earlier scan, as none of the files they read changed (--no-cache renders all)");
        }
        Collected collected = readAll(files, reader, runner, rendered);
        timings.end("reading and per-object checks");
        // What follows the reading and needs no finding (KPIs without git: resources and cost from the
        // manifests, vulnerabilities from scanner output; the manifest facts of the criteria) is worked out on
        // threads of their own while this one runs the cross-object checks and merges the findings, so that a
        // second core is not left idle.
        FutureTask<ManifestAndScannerKpis.Result> manifestKpis = inBackground("cairn-kpis",
                () -> collected.kpis.finish(request.root(), files, request.scanResults(), config));
        List<Kept> kept = collected.keptInFileOrder();
        FutureTask<ManifestFacts> manifestFacts = inBackground("cairn-facts",
                () -> new ManifestFacts(kept.stream().flatMap(k -> k.facts.stream()).toList()));
        List<Finding> findings = collected.findingsInFileOrder();
        ObjectIndex index = new ObjectIndex(kept.stream().flatMap(k -> k.summaries.stream()).toList());
        findings.addAll(runner.onIndex(index));
        timings.end("cross-object checks");

        LocalDate today = LocalDate.ofInstant(scannedAt, ZoneOffset.UTC);
        if (request.cluster() != null) {
            findings.addAll(ClusterStage.check(request.cluster(), runner, today));
        }
        findings.addAll(runner.onConfig(config, today));
        findings = RenderStage.reportOnce(findings, rendered);
        Waivers waivers = new Waivers(config.waivers(), today);
        // Nearly sorted already (one sorted run per file, in path order): TimSort only merges in the rest.
        findings.sort(Finding.ORDER);
        if (!waivers.isEmpty() || !request.baseline().isEmpty()) {
            findings = findings.stream().map(waivers::apply).map(f -> baseline(f, request)).toList();
        }
        timings.end("cluster and configuration checks, waivers, report order");

        List<Note> notes = new ArrayList<>(discovered.notes());
        notes.addAll(collected.notes);
        notes.addAll(rendered.notes());
        if (request.cluster() != null) {
            notes.addAll(ClusterStage.notes(request.cluster(), runner));
        }
        ManifestAndScannerKpis.Result kpis = await(manifestKpis);
        notes.addAll(kpis.notes());
        notes.sort(Note.ORDER);

        List<KpiValue> allKpis = new ArrayList<>(kpis.kpis());
        // git KPIs (DORA, delivery, effort) and the history the criteria read
        Optional<KpiCollector.Outcome> git = await(gitHistory);
        git.ifPresent(g -> allKpis.addAll(g.kpis()));
        List<Pipeline> pipelines = new RepositoryScripts(request.root()).follow(collected.pipelinesInFileOrder());
        allKpis.add(ImageScanCoverage.of(pipelines));
        List<KpiValue> targetedKpis = KpiTargets.apply(allKpis, config.kpis());
        List<CheckResult> checkResults = runner.results(findings);
        timings.end("KPIs, git history, check results");

        AssessmentEvidence evidence = new AssessmentEvidence(await(repositoryFiles),
                pipelines, await(manifestFacts), index,
                new CheckOutcomes(checkResults, findings, criteriaByCheck()),
                git.map(KpiCollector.Outcome::history).orElse(null), targetedKpis, config.kpis(), today,
                request.cluster());
        AssessmentResult assessment = Assessment.level1().assess(evidence, request.answers());
        timings.end("Level 1 assessment");
        Optional<GitInfo> gitInfo = await(gitCommit);
        String repository = gitInfo.map(GitInfo::remote)
                .orElseGet(() -> Optional.ofNullable(request.root().toAbsolutePath().normalize().getFileName())
                        .map(Path::toString).orElse(request.display()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        Target target = new Target(request.display(), repository, gitInfo.map(GitInfo::commit).orElse(null), scannedAt,
                millis, counts(files, collected));
        timings.end("commit and report");
        return new ScanReport(ScanReport.SCHEMA_VERSION, tool, target, notes, findings, checkResults,
                assessment.criteria(), assessment.aspects(), assessment.nextSteps(), assessment.levelTwoPreview(),
                targetedKpis);
    }

    /** The criteria each check serves, from the specs: check findings are evidence for those criteria. */
    private Map<CheckId, List<String>> criteriaByCheck() {
        Map<CheckId, List<String>> out = new HashMap<>();
        registry.all().forEach(c -> out.put(c.spec().id(), c.spec().criteria()));
        return out;
    }

    private static <T> FutureTask<T> inBackground(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread.ofPlatform().name(name).daemon(true).start(task);
        return task;
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

    private Collected readAll(List<DiscoveredFile> files, ManifestReader reader, CheckRunner runner, RenderResult rendered) {
        Collected collected = new Collected();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cairn-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            int sequence = 0; // each run's place in a fixed order, for runs whose first findings tie
            for (DiscoveredFile file : files) {
                int run = sequence++;
                futures.add(pool.submit(() -> readOne(file, reader, runner, collected, rendered.covered(), run)));
            }
            // rendered objects are judged like raw ones; their findings point back at their sources
            for (K8sObject object : rendered.objects()) {
                int run = sequence++;
                futures.add(pool.submit(() -> {
                    Kept kept = new Kept();
                    collected.addRun(checkObject(object, runner, collected, kept), run);
                    collected.keep(kept);
                }));
            }
            for (var render : rendered.renders()) {
                collected.addRun(runner.onSource(render), sequence++);
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

    /** Reads one file; the objects of a file that a render covers are judged as rendered, not here. */
    private static void readOne(DiscoveredFile file, ManifestReader reader, CheckRunner runner, Collected into,
            Set<SourcePath> rendered, int run) {
        FileEvidence evidence = reader.read(file);
        into.notes.addAll(evidence.notes());
        List<Finding> findings = new ArrayList<>(runner.onSource(evidence.source()));
        if (evidence.source().kind() != FileKind.OTHER) {
            into.filesRead.incrementAndGet();
        }
        into.documents.addAndGet(evidence.source().documents());
        count(file.kind(), into);
        if (file.kind() == FileKind.CI_PIPELINE) {
            into.ciPipelines.addAll(CiPipelines.read(file));
        }
        if (!rendered.contains(file.path())) {
            Kept kept = new Kept();
            for (K8sObject object : evidence.objects()) {
                findings.addAll(checkObject(object, runner, into, kept));
            }
            into.keep(kept);
        }
        into.addRun(findings, run);
    }

    /** Checks one object and keeps what the KPIs, the criteria and the cross-object checks need of it. */
    private static List<Finding> checkObject(K8sObject object, CheckRunner runner, Collected into, Kept kept) {
        into.objects.incrementAndGet();
        kept.summaries.add(ObjectSummary.of(object));
        into.kpis.onObject(object); // compact resource facts for the KPIs, no tree kept
        kept.facts.add(ObjectFacts.of(object)); // and for the criteria
        into.ciPipelines.addAll(CiPipelines.tekton(object));
        return runner.onObject(object);
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

    private static InputCounts counts(List<DiscoveredFile> files, Collected c) {
        return new InputCounts(c.filesRead.get(), c.documents.get(), c.objects.get(), c.kustomizations.get(),
                c.charts.get(), c.dockerfiles.get(), c.pipelines.get());
    }

    /** What one file's objects leave for the cross-object checks and the criteria, in document order. */
    private static final class Kept {
        /** By the first object, in the index's order (which also orders rendered variants of one source line). */
        static final Comparator<Kept> ORDER = Comparator.comparing(k -> k.summaries.getFirst(), ObjectIndex.ORDER);
        final List<ObjectSummary> summaries = new ArrayList<>();
        final List<ObjectFacts> facts = new ArrayList<>();
    }

    /** One file's or rendered object's findings, sorted, and its place in the order the scan met them. */
    private record Run(int sequence, List<Finding> findings) {}

    /** What the parallel readers hand back; only thread-safe containers. */
    private static final class Collected {
        /** One sorted run per file or rendered object, with its place in the order the scan met them. */
        final ConcurrentLinkedQueue<Run> findingsByFile = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Note> notes = new ConcurrentLinkedQueue<>();
        /** One per file (or rendered object) with objects, in the order the threads finish: see {@link #keptInFileOrder}. */
        final ConcurrentLinkedQueue<Kept> kept = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Pipeline> ciPipelines = new ConcurrentLinkedQueue<>(); // read with the CI files
        final ManifestAndScannerKpis kpis = new ManifestAndScannerKpis();
        final AtomicInteger filesRead = new AtomicInteger();
        final AtomicInteger documents = new AtomicInteger();
        final AtomicInteger objects = new AtomicInteger();
        final AtomicInteger kustomizations = new AtomicInteger();
        final AtomicInteger charts = new AtomicInteger();
        final AtomicInteger dockerfiles = new AtomicInteger();
        final AtomicInteger pipelines = new AtomicInteger();

        /**
         * A file's or a rendered object's findings, sorted here on the scan threads so that the report's sort
         * only has to merge the runs.
         */
        void addRun(List<Finding> findings, int sequence) {
            List<Finding> run = new ArrayList<>(findings);
            run.sort(Finding.ORDER);
            findingsByFile.add(new Run(sequence, run));
        }

        void keep(Kept run) {
            if (!run.summaries.isEmpty()) {
                kept.add(run);
            }
        }

        /**
         * Each file's summaries and facts after those of the files before it. The index and the facts sort what
         * they are given, stably: joined in this order, a list is sorted but for a few seams, which costs TimSort
         * a single pass, and objects that tie (rendered variants) keep an order that does not depend on threads.
         */
        List<Kept> keptInFileOrder() {
            List<Kept> ordered = new ArrayList<>(kept);
            ordered.sort(Kept.ORDER);
            return ordered;
        }

        /**
         * The pipelines in file order: they arrive in whatever order the scan threads finish, and the criteria's
         * evidence lists them, so the same repository must give them in the same order.
         */
        List<Pipeline> pipelinesInFileOrder() {
            List<Pipeline> all = new ArrayList<>(ciPipelines);
            all.sort(Comparator.comparing(Pipeline::location, Location.ORDER)
                    .thenComparing(Pipeline::name, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Pipeline::system));
            return all;
        }

        /**
         * The files' findings, each file's run after the runs of the files before it in report order. Runs whose
         * first findings tie (render variants of one object report the same check at the same source line) keep
         * the order the scan met them in, not the order threads finished in: the report keeps the first finding
         * of such a group, and its fingerprint names the variant.
         */
        List<Finding> findingsInFileOrder() {
            List<Run> runs = new ArrayList<>(findingsByFile);
            runs.removeIf(r -> r.findings().isEmpty());
            runs.sort(Comparator.comparing((Run r) -> r.findings().getFirst(), Finding.ORDER).thenComparingInt(Run::sequence));
            List<Finding> all = new ArrayList<>();
            runs.forEach(r -> all.addAll(r.findings()));
            return all;
        }
    }
}
