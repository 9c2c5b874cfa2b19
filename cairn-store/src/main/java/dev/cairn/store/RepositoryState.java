package dev.cairn.store;

import dev.cairn.core.model.AspectScore;
import java.util.List;

/**
 * A repository on the portfolio: its latest scan and, for the trend, the aspects of the scan before it.
 *
 * @param previous the aspects of the scan before the latest one; empty when the latest is the first scan
 */
public record RepositoryState(String repository, ScanSummary latest, List<AspectScore> previous) {
    public RepositoryState {
        previous = List.copyOf(previous);
    }
}
