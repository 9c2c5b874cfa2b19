package dev.cairn.store;

/** A scan id that the store does not hold. */
public final class UnknownScanException extends HistoryException {
    private final long scanId;

    public UnknownScanException(long scanId) {
        super("no scan " + scanId + " in the history");
        this.scanId = scanId;
    }

    public long scanId() {
        return scanId;
    }
}
