package dev.cairn.engine;

import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.assessment.Answers;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One scan to run.
 *
 * @param display     how the user named the root, shown in reports
 * @param baseline    fingerprints of a previous report: findings found there are marked, not counted
 * @param scanResults scanner output named on the command line ({@code --scan-results}), read for the
 *                    vulnerability KPIs besides what the repository holds
 * @param historyCache false for {@code --no-cache}
 * @param answers     the self-assessment ({@code .cairn/assessment.yaml} or {@code --answers})
 */
public record ScanRequest(Path root, String display, CairnConfig config, Set<String> baseline, List<Path> scanResults,
        boolean historyCache, Answers answers) {
    public ScanRequest {
        baseline = Set.copyOf(baseline);
        scanResults = List.copyOf(scanResults);
    }

    public ScanRequest(Path root, String display, CairnConfig config, Set<String> baseline, List<Path> scanResults) {
        this(root, display, config, baseline, scanResults, true, Answers.none());
    }

    public ScanRequest(Path root, String display, CairnConfig config, Set<String> baseline) {
        this(root, display, config, baseline, List.of());
    }

    public static ScanRequest of(Path root, CairnConfig config) {
        return new ScanRequest(root, root.toString(), config, Set.of());
    }
}
