package dev.cairn.cli;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.ConfigException;
import dev.cairn.core.history.DeploymentSource;
import dev.cairn.core.model.KpiValue;
import dev.cairn.engine.KpiCollector;
import dev.cairn.engine.ManifestAndScannerKpis;
import dev.cairn.ingest.config.ConfigLoader;
import dev.cairn.ingest.history.HistoryCollector;
import dev.cairn.maturity.kpi.KpiTargets;
import dev.cairn.maturity.kpi.dora.DoraOptions;
import dev.cairn.maturity.kpi.git.KpiWindow;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cairn kpi [PATH]}: the KPIs cairn estimates from git history, as a table. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = "KPIs from git history: the DORA four keys, features per quarter, infrastructure effort.",
        footer = {"", "Deployments come from release tags (default tags:v*), GitOps image changes under a path",
                "(gitops:deploy/overlays/prod) or a CSV/JSON file (file:deployments.csv: time,version,commit,status,environment).",
                "History is cached under $XDG_CACHE_HOME/cairn (else ~/.cache/cairn); deleting it is always safe.",
                "Example: cairn kpi . --since 180d --deployments gitops:deploy/overlays/prod"})
public final class KpiCommand implements Callable<Integer> {
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "A git working tree (default: .)")
    Path path = Path.of(".");

    @Option(names = "--since", paramLabel = "WINDOW", defaultValue = "90d",
            description = "90d, 12w, 6m, 1y, a date (2026-01-01) or all (default: ${DEFAULT-VALUE})")
    String since;

    @Option(names = "--deployments", paramLabel = "SOURCE",
            description = "tags:PATTERN | gitops:PATH | file:FILE (default: kpis.deployments of .cairn.yaml, else tags:v*)")
    String deployments;

    @Option(names = "--lead-time-from", paramLabel = "DATE", defaultValue = "author",
            description = "author|committer: the commit date lead time starts at (default: ${DEFAULT-VALUE})")
    String leadTimeFrom;

    @Option(names = "--no-cache", description = "Read the whole window from git; neither read nor write the history cache")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", hidden = true, description = "Cache directory (tests)")
    Path cacheDir;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .cairn.yaml at PATH)")
    Path config;

    @Option(names = "--scan-results", paramLabel = "FILE",
            description = "Scanner output for the vulnerability KPIs: Trivy JSON, Grype JSON, SARIF or CycloneDX with"
                    + " vulnerabilities; repeatable. Files named trivy*.json, grype*.json, *.sarif, *.cdx.json,"
                    + " bom.json or sbom*.json in the repository are read as well")
    List<Path> scanResults = new java.util.ArrayList<>();

    public KpiCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(path)) {
            throw usage("no such directory: " + path + " (give a git working tree, e.g. cairn kpi .)");
        }
        Instant now = env.clock().instant();
        KpiWindow window;
        try {
            window = KpiWindow.parse(since, now);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        DoraOptions.LeadTimeFrom from = switch (leadTimeFrom.toLowerCase(Locale.ROOT)) {
            case "author" -> DoraOptions.LeadTimeFrom.AUTHOR;
            case "committer" -> DoraOptions.LeadTimeFrom.COMMITTER;
            default -> throw usage("--lead-time-from takes author or committer, not '" + leadTimeFrom + "'");
        };
        CairnConfig cairnConfig;
        try {
            ConfigLoader loader = new ConfigLoader(BuiltInChecks.registry());
            cairnConfig = config != null ? loader.load(config, config.toString()) : loader.loadFromRoot(path);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("cairn: " + e.display());
            return ExitCode.USAGE;
        }
        DeploymentSource source;
        try {
            source = deployments != null ? DeploymentSource.parse(deployments) : cairnConfig.kpis().deploymentsOrDefault();
        } catch (IllegalArgumentException e) {
            throw usage("--deployments: " + e.getMessage());
        }
        for (Path f : scanResults) {
            if (!Files.isRegularFile(f)) {
                throw usage("--scan-results " + f + ": no such file (give scanner output, e.g. --scan-results trivy.json)");
            }
        }
        Path cache = noCache ? null : cacheDir != null ? cacheDir : KpiCollector.defaultCacheRoot(System.getenv());
        DoraOptions options = new DoraOptions(DoraOptions.DEFAULTS.failureWindow(), DoraOptions.DEFAULTS.hotfixWindow(), from);
        Optional<KpiCollector.Outcome> outcome = new KpiCollector(System.getenv()).collect(
                new KpiCollector.Request(path, source, window, options, cache, HistoryCollector.Backend.AUTO));
        if (outcome.isEmpty()) {
            throw usage(path + " is not in a git repository: cairn kpi reads git history (give a working tree)");
        }
        // resources, cost and vulnerabilities from the manifests and scanner output, beside the git KPIs
        List<KpiValue> all = new java.util.ArrayList<>(outcome.get().kpis());
        ManifestAndScannerKpis.Result manifests = ManifestAndScannerKpis.collect(path, cairnConfig, scanResults);
        all.addAll(manifests.kpis());
        manifests.notes().forEach(n -> spec.commandLine().getErr().println("cairn: note: "
                + (n.path().value().isEmpty() ? "" : n.path() + ": ") + n.message()));
        List<KpiValue> kpis = KpiTargets.apply(all, cairnConfig.kpis());
        print(spec.commandLine().getOut(), outcome.get(), kpis, window, source);
        return ExitCode.OK;
    }

    private void print(PrintWriter out, KpiCollector.Outcome outcome, List<KpiValue> kpis, KpiWindow window, DeploymentSource source) {
        var h = outcome.history();
        String head = h.headCommit() == null ? "no commits" : h.headCommit().substring(0, 7);
        out.println("cairn kpi · " + display(path) + " @ " + head + (h.headBranch() != null ? " (" + h.headBranch() + ")" : "")
                + " · window " + window.label() + " (" + day(window.start()) + " to " + day(window.end()) + ")"
                + " · deployments: " + source.describe());
        int idWidth = kpis.stream().mapToInt(k -> k.id().length()).max().orElse(10);
        out.println();
        out.println(pad("KPI", idWidth) + "  " + pad("value", 22) + "  " + pad("band", 7) + "  " + "status");
        for (KpiValue k : kpis) {
            String value = k.value() == null ? "no data" : number(k.value()) + " " + k.unit();
            String status = k.status() == null ? "" : k.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (k.target() != null && k.target().target() != null) status += " (target " + number(k.target().target()) + ")";
            out.println(pad(k.id(), idWidth) + "  " + pad(value, 22) + "  " + pad(k.band() == null ? "" : k.band(), 7) + "  " + status);
            out.println(" ".repeat(4) + "estimated from " + k.estimatedFrom() + ", window " + k.window());
            for (String c : k.caveats()) {
                out.println(" ".repeat(4) + "- " + c);
            }
        }
        var s = outcome.stats();
        out.println();
        out.println("history: " + h.commits().size() + " commits in the window read; " + s.commitsRead() + " read with "
                + s.backend() + ", " + s.commitsFromCache() + " from the cache" + (s.cacheFile() == null ? " (--no-cache)" : ""));
        if (kpis.stream().allMatch(k -> k.target() == null)) {
            out.println("No targets declared: add them under kpis.targets in .cairn.yaml to get a status.");
        }
        out.flush();
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC).toString();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    private static String display(Path p) {
        String s = p.toString();
        return s.isEmpty() ? "." : s;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
