package dev.cairn.engine;

import dev.cairn.core.assessment.Answers;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.ingest.render.RenderMode;
import dev.cairn.ingest.render.Rendering;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One scan to run. The short constructors scan files as they are (no rendering), with the history cache and
 * without answers; {@link #rendering} and {@link #answering} give the same scan with those set.
 *
 * @param display     how the user named the root, shown in reports
 * @param baseline    fingerprints of a previous report: findings found there are marked, not counted
 * @param scanResults scanner output named on the command line ({@code --scan-results}), read for the
 *                    vulnerability KPIs besides what the repository holds
 * @param historyCache false for {@code --no-cache}
 * @param answers     the self-assessment ({@code .cairn/assessment.yaml} or {@code --answers})
 * @param render      whether and how kustomizations and Helm charts are rendered ({@code --render})
 * @param cluster     what was read from a cluster ({@code --cluster-snapshot}), judged beside the repository, or null
 */
public record ScanRequest(Path root, String display, CairnConfig config, Set<String> baseline, List<Path> scanResults,
        boolean historyCache, Answers answers, Rendering.Options render, ClusterSnapshot cluster) {
    public ScanRequest {
        baseline = Set.copyOf(baseline);
        scanResults = List.copyOf(scanResults);
    }

    public ScanRequest(Path root, String display, CairnConfig config, Set<String> baseline, List<Path> scanResults,
            boolean historyCache, Answers answers, Rendering.Options render) {
        this(root, display, config, baseline, scanResults, historyCache, answers, render, null);
    }

    public ScanRequest(Path root, String display, CairnConfig config, Set<String> baseline, List<Path> scanResults,
            boolean historyCache) {
        this(root, display, config, baseline, scanResults, historyCache, Answers.none(),
                Rendering.Options.of(RenderMode.OFF, "1.31"));
    }

    public ScanRequest(Path root, String display, CairnConfig config, Set<String> baseline, List<Path> scanResults) {
        this(root, display, config, baseline, scanResults, true);
    }

    public ScanRequest(Path root, String display, CairnConfig config, Set<String> baseline) {
        this(root, display, config, baseline, List.of());
    }

    public static ScanRequest of(Path root, CairnConfig config) {
        return new ScanRequest(root, root.toString(), config, Set.of());
    }

    /** The same scan with kustomize and Helm rendering as given. */
    public ScanRequest rendering(Rendering.Options options) {
        return new ScanRequest(root, display, config, baseline, scanResults, historyCache, answers, options, cluster);
    }

    /** The same scan with these self-assessment answers. */
    public ScanRequest answering(Answers given) {
        return new ScanRequest(root, display, config, baseline, scanResults, historyCache, given, render, cluster);
    }

    /** The same scan with a cluster snapshot judged beside the repository. */
    public ScanRequest withCluster(ClusterSnapshot snapshot) {
        return new ScanRequest(root, display, config, baseline, scanResults, historyCache, answers, render, snapshot);
    }
}
