package dev.cairn.engine;

import dev.cairn.core.config.CairnConfig;
import java.nio.file.Path;
import java.util.Set;

/**
 * One scan to run.
 *
 * @param display  how the user named the root, shown in reports
 * @param baseline fingerprints of a previous report: findings found there are marked, not counted
 */
public record ScanRequest(Path root, String display, CairnConfig config, Set<String> baseline) {
    public ScanRequest {
        baseline = Set.copyOf(baseline);
    }

    public static ScanRequest of(Path root, CairnConfig config) {
        return new ScanRequest(root, root.toString(), config, Set.of());
    }
}
