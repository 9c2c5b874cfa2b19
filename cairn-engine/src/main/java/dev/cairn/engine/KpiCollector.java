package dev.cairn.engine;

import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.history.DeploymentRecord;
import dev.cairn.core.history.DeploymentSource;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.model.KpiValue;
import dev.cairn.ingest.history.DeploymentsFile;
import dev.cairn.ingest.history.HistoryCollector;
import dev.cairn.maturity.kpi.dora.DeploymentList;
import dev.cairn.maturity.kpi.dora.Deployments;
import dev.cairn.maturity.kpi.dora.DoraOptions;
import dev.cairn.maturity.kpi.git.GitKpis;
import dev.cairn.maturity.kpi.git.KpiWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The git KPIs of a working tree: collects the history (ingest, cached), reads the deployments (tags, GitOps
 * path or file) and hands both to the pure calculators (maturity). Values come without targets; the caller
 * puts them against {@code kpis.targets} with {@code KpiTargets.apply}.
 */
public final class KpiCollector {
    /**
     * @param cacheRoot null for no cache ({@code --no-cache})
     */
    public record Request(Path root, DeploymentSource source, KpiWindow window, DoraOptions options, Path cacheRoot,
                          HistoryCollector.Backend backend) {
        public static Request defaults(Path root, DeploymentSource source, Instant now, Path cacheRoot) {
            return new Request(root, source, KpiWindow.days(90, now), DoraOptions.DEFAULTS, cacheRoot,
                    HistoryCollector.Backend.AUTO);
        }
    }

    public record Outcome(List<KpiValue> kpis, GitHistory history, HistoryCollector.Stats stats) {}

    private final Map<String, String> env;

    public KpiCollector(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The user cache directory for this environment ({@code $XDG_CACHE_HOME/cairn}, else {@code ~/.cache/cairn}). */
    public static Path defaultCacheRoot(Map<String, String> env) {
        return HistoryCollector.defaultCacheRoot(env, System.getProperty("user.home"));
    }

    /**
     * The git KPIs {@code cairn scan} adds to its report, and the history they came from (which the criteria
     * read too): the 90 days before {@code now} (history from 180 days back), deployments as
     * {@code kpis.deployments} declares (else tags {@code v*}), the user cache unless {@code useCache} is false
     * ({@code --no-cache}). Only when the root is the top of a git working tree (a folder inside a repository
     * is not the repository); empty otherwise, and when the history cannot be read (the rest of the scan does
     * not depend on it).
     */
    public static Optional<Outcome> forScan(Path root, CairnConfig config, Instant now, boolean useCache) {
        try {
            Path top = root.toAbsolutePath().normalize();
            if (!Files.exists(top.resolve(".git"))) {
                return Optional.empty();
            }
            Map<String, String> env = System.getenv();
            return new KpiCollector(env).collect(Request.defaults(top, config.kpis().deploymentsOrDefault(), now,
                    useCache ? defaultCacheRoot(env) : null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Empty when the root is not inside a git repository. */
    public Optional<Outcome> collect(Request request) throws IOException {
        List<String> contentPaths = request.source() instanceof DeploymentSource.GitOps g ? List.of(g.path()) : List.of();
        Optional<HistoryCollector.Result> result = new HistoryCollector(env).collect(request.root(),
                new HistoryCollector.Options(request.window().historyStart(), contentPaths, request.cacheRoot(), request.backend()));
        if (result.isEmpty()) {
            return Optional.empty();
        }
        GitHistory history = result.get().history();
        DeploymentList deployments = deployments(request, history);
        List<KpiValue> kpis = GitKpis.compute(history, deployments, request.window(), request.options());
        return Optional.of(new Outcome(kpis, history, result.get().stats()));
    }

    private static DeploymentList deployments(Request request, GitHistory history) {
        return switch (request.source()) {
            case DeploymentSource.Tags t -> Deployments.fromTags(history, t.pattern());
            case DeploymentSource.GitOps g -> Deployments.fromGitOps(history, g.path());
            case DeploymentSource.File f -> {
                Path file = Path.of(f.path());
                if (!file.isAbsolute() && Files.exists(request.root().resolve(file))) {
                    file = request.root().resolve(file);
                }
                try {
                    List<DeploymentRecord> records = DeploymentsFile.read(file);
                    yield Deployments.fromRecords(history, records, f.path());
                } catch (IOException | DeploymentsFile.Invalid e) {
                    List<String> caveats = new ArrayList<>();
                    caveats.add("cannot read the deployments file: " + e.getMessage());
                    DeploymentList empty = Deployments.fromRecords(history, List.of(), f.path());
                    yield new DeploymentList(List.of(), empty.estimatedFrom(), caveats);
                }
            }
        };
    }
}
