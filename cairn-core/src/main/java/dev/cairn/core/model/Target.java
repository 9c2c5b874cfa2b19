package dev.cairn.core.model;

import java.time.Instant;

/**
 * What was scanned.
 *
 * @param repository the git remote or directory name, when known
 * @param commit     the checked-out commit, or null outside git
 * @param durationMillis wall time of the scan; like the timestamp, it varies between runs
 */
public record Target(
        String path, String repository, String commit, Instant scannedAt, long durationMillis, InputCounts inputs) {}
