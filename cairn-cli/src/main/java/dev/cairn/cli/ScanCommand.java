package dev.cairn.cli;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.checks.k8s.KubeVersionParams;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.assessment.Answers;
import dev.cairn.core.config.ConfigException;
import dev.cairn.core.model.ScanReport;
import dev.cairn.engine.KpiCollector;
import dev.cairn.engine.ScanFailedException;
import dev.cairn.ingest.assessment.AnswersFile;
import dev.cairn.ingest.cluster.SnapshotException;
import dev.cairn.ingest.cluster.SnapshotReader;
import dev.cairn.maturity.assess.Assessment;
import dev.cairn.engine.ScanRequest;
import dev.cairn.ingest.render.RenderMode;
import dev.cairn.ingest.render.Rendering;
import dev.cairn.engine.ScanTimings;
import dev.cairn.engine.Scanner;
import dev.cairn.ingest.config.ConfigLoader;
import dev.cairn.report.Format;
import dev.cairn.report.JsonReports;
import dev.cairn.report.RuleCatalog;
import dev.cairn.report.JsonReporter;
import dev.cairn.report.KpiTrendPoint;
import dev.cairn.store.HistoryDatabase;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn scan [PATH]}: check a repository and report; the exit code gates CI. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan a repository: checks with exact positions, in the formats you ask for.",
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error,",
                "3 cairn could not do its job (unreadable root, unwritable output, history database unusable).",
                "Example: cairn scan . --format text --format json=cairn.json --fail-on medium"})
public final class ScanCommand implements Callable<Integer> {
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Directory or git working tree (default: .)")
    Path path = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]",
            description = "text|json|sarif|junit|markdown|html; repeatable; without =FILE it goes to stdout (at most one may),"
                    + " e.g. --format text --format sarif=cairn.sarif")
    List<String> formats = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "none|info|low|medium|high|critical (default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .cairn.yaml at PATH)")
    Path config;

    @Option(names = "--baseline", paramLabel = "REPORT.json",
            description = "A previous JSON report: only new findings are reported as counting and gate the exit code")
    Path baseline;

    @Option(names = "--scan-results", paramLabel = "FILE",
            description = "Scanner output for the vulnerability KPIs: Trivy JSON, Grype JSON, SARIF or CycloneDX with"
                    + " vulnerabilities; repeatable. Files named trivy*.json, grype*.json, *.sarif, *.cdx.json,"
                    + " bom.json or sbom*.json in the repository are read as well")
    List<Path> scanResults = new ArrayList<>();

    @Option(names = "--kube-version", paramLabel = "VERSION",
            description = "Kubernetes version the manifests must work on, e.g. 1.31 (default: "
                    + KubeVersionParams.DEFAULT + "), for the API version checks; checks.params in .cairn.yaml wins")
    String kubeVersion;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Self-assessment answers (default: .cairn/assessment.yaml at PATH; written by cairn assess)")
    Path answers;

    @Option(names = "--no-cache", description = "Do not read or write cairn's caches of git history and kustomize builds"
            + " (under $XDG_CACHE_HOME/cairn)")
    boolean noCache;

    @Option(names = "--timings", description = "Print on stderr where the scan's time went, phase by phase (the"
            + " JVM's start and writing the outputs come on top)")
    boolean timings;

    @Option(names = "--render", paramLabel = "auto|off", defaultValue = "auto",
            description = "Render kustomizations (kustomize or kubectl on PATH) and Helm charts (helm on PATH, else"
                    + " built in) and check what they deploy, reported at the source lines; off scans files as they are"
                    + " (default: ${DEFAULT-VALUE})")
    String render;
    @Option(names = "--cluster-snapshot", paramLabel = "FILE",
            description = "Also check a cluster snapshot (cairn cluster snapshot, or kubectl get -o yaml) and use it as"
                    + " live-cluster evidence for the Level 1 criteria")
    Path clusterSnapshot;

    @Option(names = "--history", arity = "0..1", paramLabel = "DB", preprocessor = AttachedValueOnly.class,
            description = "Also record the scan in the history store: the default file, or --history=DB with "
                    + HistoryLocation.DESCRIPTION)
    String history;

    @Option(names = "--upload", paramLabel = "URL",
            description = "Also send the report to a cairn server (cairn serve), with the token in $"
                    + ReportUploader.TOKEN_VARIABLE + " or --upload-token-file")
    String upload;

    @Option(names = "--upload-token-file", paramLabel = "FILE", description = "A file holding the token for --upload")
    Path uploadTokenFile;

    public ScanCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        ReportOutputs outputs = ReportOutputs.parse(formats, failOn, spec, env);
        KubeVersionParams kube = kubeVersion == null ? null : kubeVersionParams();
        RenderMode renderMode;
        try {
            renderMode = RenderMode.parse(render);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        HistoryDatabase historyDatabase = historyDatabase();
        ReportUploader uploader = uploader();
        if (!Files.exists(path)) {
            throw usage("no such directory: " + path + " (give the repository folder, e.g. cairn scan .)");
        }
        if (!Files.isDirectory(path)) {
            throw usage(path + " is a file: give the repository folder that contains it");
        }
        CheckRegistry registry = BuiltInChecks.registry();
        CairnConfig cairnConfig;
        try {
            ConfigLoader loader = new ConfigLoader(registry);
            cairnConfig = config != null ? loader.load(config, config.toString()) : loader.loadFromRoot(path);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("cairn: " + e.display());
            return ExitCode.USAGE;
        } catch (IOException e) {
            throw usage("cannot read the configuration " + (config == null ? ConfigLoader.FILE_NAME : config)
                    + ": " + e.getMessage());
        }
        if (kube != null) {
            cairnConfig = withKubeVersion(cairnConfig, registry, kube);
        }
        Answers selfAssessment;
        try {
            selfAssessment = answers != null ? AnswersFile.load(answers, answers.toString(), Assessment::acceptsAnswerTo)
                    : AnswersFile.loadFromRoot(path, Assessment::acceptsAnswerTo);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("cairn: " + e.display());
            return ExitCode.USAGE;
        } catch (IOException e) {
            throw usage("cannot read the answers " + (answers == null ? AnswersFile.DEFAULT_PATH : answers)
                    + ": " + e.getMessage());
        }
        Set<String> known = Set.of();
        if (baseline != null) {
            try {
                known = JsonReports.readFingerprints(baseline);
            } catch (IOException e) {
                throw usage("cannot use " + baseline + " as a baseline: " + e.getMessage());
            }
        }
        for (Path f : scanResults) {
            if (!Files.isRegularFile(f)) {
                throw usage("--scan-results " + f + ": no such file (give scanner output, e.g. --scan-results trivy.json)");
            }
        }
        ClusterSnapshot cluster;
        try {
            cluster = clusterSnapshot == null ? null : SnapshotReader.read(clusterSnapshot);
        } catch (SnapshotException e) {
            throw usage("--cluster-snapshot: " + e.getMessage());
        }
        ScanReport report;
        ScanTimings phases = new ScanTimings();
        try {
            report = new Scanner(registry, env.clock(), Version.toolInfo())
                    .scan(new ScanRequest(path, display(path), cairnConfig, known, scanResults, !noCache, selfAssessment,
                            Rendering.Options.of(renderMode, kube == null ? KubeVersionParams.DEFAULT : kube.kubeVersion())
                                    .cachedIn(noCache ? null : KpiCollector.defaultCacheRoot(System.getenv())),
                            cluster), phases);
        } catch (ScanFailedException e) {
            spec.commandLine().getErr().println("cairn: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (timings) {
            spec.commandLine().getErr().println("cairn: where the scan's time went (wall clock):");
            phases.lines().forEach(l -> spec.commandLine().getErr().println("  " + l));
        }
        RuleCatalog rules = BuiltInRules.of(registry);
        ScanHistory history = historyDatabase == null ? null : ScanHistory.open(historyDatabase);
        List<KpiTrendPoint> trend = history != null && outputs.includes(Format.HTML) ? history.kpiTrend(report) : List.of();
        if (!outputs.write(report, rules, trend)) {
            return ExitCode.FAILURE;
        }
        if (history != null || uploader != null) {
            StringWriter json = new StringWriter();
            new JsonReporter().write(report, json);
            String configHash = ConfigHash.of(config != null ? config : path.resolve(ConfigLoader.FILE_NAME),
                    kube == null ? null : kube.kubeVersion());
            // --history: one transaction with the typed rows and the JSON report; a failure is exit 3, as is a failed upload
            boolean recorded = history == null || history.record(report, configHash, json.toString(), spec.commandLine().getErr());
            boolean uploaded = uploader == null || send(uploader, json.toString(), configHash);
            if (!recorded || !uploaded) {
                return ExitCode.FAILURE;
            }
        }
        return outputs.gate(report);
    }

    private boolean send(ReportUploader uploader, String json, String configHash) {
        try {
            spec.commandLine().getErr().println("cairn: uploaded: " + uploader.upload(json, configHash));
            return true;
        } catch (IOException | ReportUploader.UploadException e) {
            spec.commandLine().getErr().println("cairn: cannot upload to " + uploader.endpoint() + ": " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private ReportUploader uploader() {
        if (upload == null) {
            if (uploadTokenFile != null) {
                throw usage("--upload-token-file goes with --upload URL");
            }
            return null;
        }
        try {
            return ReportUploader.of(upload, uploadTokenFile, System.getenv());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        } catch (IOException e) {
            throw usage("cannot read --upload-token-file " + uploadTokenFile + ": " + e.getMessage());
        }
    }

    private HistoryDatabase historyDatabase() {
        if (history == null) {
            return null;
        }
        try {
            return HistoryLocation.resolve(history);
        } catch (IllegalArgumentException e) {
            throw usage("--history: " + e.getMessage());
        }
    }

    /** {@code --kube-version} as the checks' parameters; {@code v1.31.2} as kubectl prints it is read as 1.31. */
    private KubeVersionParams kubeVersionParams() {
        String v = kubeVersion.strip();
        v = v.startsWith("v") ? v.substring(1) : v;
        int patch = v.indexOf('.', v.indexOf('.') + 1);
        try {
            return new KubeVersionParams(patch < 0 ? v : v.substring(0, patch));
        } catch (IllegalArgumentException e) {
            throw usage("--kube-version takes a Kubernetes version such as " + KubeVersionParams.DEFAULT + ", not '"
                    + kubeVersion + "'");
        }
    }

    /**
     * The configuration with {@code --kube-version} as the parameters of the checks that take a Kubernetes
     * version, except where {@code .cairn.yaml} already sets {@code kubeVersion} for that check.
     */
    private static CairnConfig withKubeVersion(CairnConfig c, CheckRegistry registry, KubeVersionParams version) {
        Map<String, Record> params = new HashMap<>(c.params());
        for (Check check : registry.all()) {
            if (check instanceof ParameterizedCheck<?> p && p.paramsType() == KubeVersionParams.class
                    && !(params.get(check.spec().id().value()) instanceof KubeVersionParams set && set.kubeVersion() != null)) {
                params.put(check.spec().id().value(), version);
            }
        }
        return new CairnConfig(c.source(), c.include(), c.exclude(), c.maxFileSize(), c.disabled(), c.severity(), params,
                c.waivers(), c.kpis(), c.pricing());
    }

    private static String display(Path p) {
        String s = p.toString();
        return s.isEmpty() ? "." : s;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
