package dev.cairn.core.vuln;

import java.util.List;

/**
 * The vulnerabilities of one scanner output file.
 *
 * @param source    how to name the file (root-relative path, or as given on the command line)
 * @param format    the format detected from its content ("Trivy JSON", "Grype JSON", "SARIF", "CycloneDX")
 * @param tool      the scanner that wrote it, as the file says (e.g. "Trivy", "grype"), or null
 * @param images    container images the file covers, sorted
 * @param scannedAt when the scan ran, as the file states it (ISO-8601 text), or null
 */
public record ScanResult(String source, String format, String tool, List<String> images, String scannedAt,
        List<Vulnerability> vulnerabilities) {
    public ScanResult {
        images = List.copyOf(images);
        vulnerabilities = List.copyOf(vulnerabilities);
    }
}
