package dev.cairn.ingest.scanresults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads scanner output — Trivy JSON, Grype JSON, SARIF, CycloneDX JSON with vulnerabilities — recognised
 * by content, whatever the file is called. Never throws: a file that cannot be read, is not JSON or is in
 * no known format comes back as {@link ScanResultsRead.Status#BROKEN} or
 * {@link ScanResultsRead.Status#NOT_A_REPORT} with a message for a note.
 */
public final class ScanResultsReader {
    /** Files named on the command line may be large (scanner output of big images); this is the cap. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final int MAX_DEPTH = 200;

    private final JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build()).build();

    /**
     * @param source   how to name the file in notes and KPIs
     * @param maxBytes files larger than this are not read
     */
    public ScanResultsRead read(Path file, String source, long maxBytes) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
                return ScanResultsRead.broken(source + ": not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                return ScanResultsRead.broken(source + ": " + size + " bytes, above the " + maxBytes
                        + "-byte cap for scanner output; not read");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return ScanResultsRead.broken(source + ": cannot read: " + e.getClass().getSimpleName());
        }
        return parse(bytes, source);
    }

    /** Reads scanner output already in memory. */
    public ScanResultsRead parse(byte[] bytes, String source) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JacksonException e) {
            return ScanResultsRead.broken(source + ": not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (RuntimeException | StackOverflowError e) {
            return ScanResultsRead.broken(source + ": not valid JSON");
        }
        if (root == null || !root.isObject()) {
            return ScanResultsRead.notAReport(source + ": JSON, but not a Trivy, Grype, SARIF or CycloneDX report");
        }
        try {
            if (Sarif.matches(root)) {
                return Sarif.onlyCairn(root) ? ScanResultsRead.notAReport(source + ": cairn's own SARIF (findings, not vulnerabilities)")
                        : ScanResultsRead.imported(Sarif.read(root, source));
            }
            if (CycloneDx.matches(root)) {
                return CycloneDx.hasVulnerabilities(root) ? ScanResultsRead.imported(CycloneDx.read(root, source))
                        : ScanResultsRead.notAReport(source + ": a CycloneDX SBOM without vulnerabilities");
            }
            if (GrypeJson.matches(root)) {
                return ScanResultsRead.imported(GrypeJson.read(root, source));
            }
            if (TrivyJson.matches(root)) {
                return ScanResultsRead.imported(TrivyJson.read(root, source));
            }
        } catch (RuntimeException e) {
            // The formats are read leniently; reaching here means a shape no scanner writes.
            return ScanResultsRead.broken(source + ": scanner output in an unexpected shape (" + e.getClass().getSimpleName() + ")");
        }
        return ScanResultsRead.notAReport(source + ": JSON, but not a Trivy, Grype, SARIF or CycloneDX report");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("unreadable");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
