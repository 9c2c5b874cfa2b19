package dev.cairn.maturity.kpi.dora;

import java.time.Duration;

/**
 * The options of cnmm-level1.md §4.3–4.4; {@link #DEFAULTS} are those of §4.1b.
 *
 * @param failureWindow N: a revert of a deployed commit within this long (or before the next normal
 *                      deployment, whichever is later) marks the deployment failed
 * @param hotfixWindow  H: a hotfix patch release within this long marks the deployment before it failed
 * @param leadTimeFrom  which commit date lead time starts at (author by default; committer survives rebases less)
 */
public record DoraOptions(Duration failureWindow, Duration hotfixWindow, LeadTimeFrom leadTimeFrom) {
    public enum LeadTimeFrom { AUTHOR, COMMITTER }

    public static final DoraOptions DEFAULTS = new DoraOptions(Duration.ofDays(7), Duration.ofHours(48), LeadTimeFrom.AUTHOR);
}
