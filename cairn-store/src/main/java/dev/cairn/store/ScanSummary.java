package dev.cairn.store;

import dev.cairn.core.model.AspectScore;
import java.time.Instant;
import java.util.List;

/**
 * One recorded scan without its findings: what {@code cairn history} lists and what the portfolio and trends
 * are made of.
 *
 * @param commit  the scanned commit, or null outside git
 * @param aspects the aspects the report scored, in {@code Aspect} order; empty before the assessment scores any
 */
public record ScanSummary(
        long id, String repository, Instant scannedAt, String commit, String path, String toolVersion,
        String rulesetVersion, String configHash, long durationMillis, List<AspectScore> aspects, FindingCounts findings) {
    public ScanSummary {
        aspects = List.copyOf(aspects);
    }
}
