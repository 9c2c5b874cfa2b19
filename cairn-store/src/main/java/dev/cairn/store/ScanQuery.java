package dev.cairn.store;

/**
 * Which scans to list, newest first.
 *
 * @param repository only this repository's scans, or null for all
 * @param limit      at most this many
 */
public record ScanQuery(String repository, int limit) {
    public ScanQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    public static ScanQuery all(int limit) {
        return new ScanQuery(null, limit);
    }
}
