package dev.cairn.ingest.scanresults;

import dev.cairn.core.vuln.ScanResult;

/**
 * What reading one scanner output file gave: its vulnerabilities, or why there are none.
 *
 * @param result  the imported result when {@code status} is {@link Status#IMPORTED}, else null
 * @param message why the file was not imported, for a note; null when imported
 */
public record ScanResultsRead(Status status, ScanResult result, String message) {
    public enum Status {
        /** A Trivy, Grype, SARIF or CycloneDX-with-vulnerabilities file, read. */
        IMPORTED,
        /** Valid JSON, but not vulnerability output (e.g. a CycloneDX SBOM without vulnerabilities). */
        NOT_A_REPORT,
        /** Unreadable, too large, not JSON, or JSON of a known format in a shape it cannot have. */
        BROKEN
    }

    static ScanResultsRead imported(ScanResult result) {
        return new ScanResultsRead(Status.IMPORTED, result, null);
    }

    static ScanResultsRead notAReport(String message) {
        return new ScanResultsRead(Status.NOT_A_REPORT, null, message);
    }

    static ScanResultsRead broken(String message) {
        return new ScanResultsRead(Status.BROKEN, null, message);
    }
}
