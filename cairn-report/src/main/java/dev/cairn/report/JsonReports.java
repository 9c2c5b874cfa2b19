package dev.cairn.report;

import dev.cairn.core.model.ScanReport;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads back what {@link JsonReporter} wrote, for {@code --baseline}. */
public final class JsonReports {
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

    private JsonReports() {}

    /**
     * The fingerprints of every finding of a previous report, suppressed ones included: a finding that was
     * already known (annotated, waived or itself from an older baseline) is not new.
     *
     * @throws NotACairnReportException when the text is not JSON or not a cairn report of schema version 1
     */
    public static Set<String> readFingerprints(Reader in) throws IOException {
        JsonNode root = parse(in);
        if (root == null || !root.isObject() || !root.has("schemaVersion") || !root.path("findings").isArray()) {
            throw new NotACairnReportException(
                    "not a cairn report: expected the JSON object that 'cairn scan --format json' writes");
        }
        JsonNode version = root.get("schemaVersion");
        if (!version.isString() || !version.asString().equals(ScanReport.SCHEMA_VERSION)) {
            throw new NotACairnReportException("unsupported cairn report schema version " + version
                    + ": this cairn reads version " + ScanReport.SCHEMA_VERSION + "; rescan to make a new baseline");
        }
        Set<String> fingerprints = new TreeSet<>();
        int index = 0;
        for (JsonNode finding : root.get("findings")) {
            JsonNode fingerprint = finding.path("fingerprint");
            if (!fingerprint.isString() || !FINGERPRINT.matcher(fingerprint.asString()).matches()) {
                throw new NotACairnReportException("not a cairn report: findings[" + index
                        + "] has no fingerprint of 32 hexadecimal digits");
            }
            fingerprints.add(fingerprint.asString());
            index++;
        }
        return Collections.unmodifiableSet(fingerprints);
    }

    /** As {@link #readFingerprints(Reader)}, naming the file in the message of any failure. */
    public static Set<String> readFingerprints(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readFingerprints(in);
        } catch (NotACairnReportException e) {
            throw new NotACairnReportException(file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(Reader in) throws IOException {
        try {
            return ReportJson.MAPPER.readTree(in);
        } catch (JacksonException e) {
            IOException io = ReportJson.ioCause(e);
            if (io instanceof CharacterCodingException) {
                throw new NotACairnReportException("not a cairn report: not UTF-8 text", io);
            }
            if (io != null) {
                throw io;
            }
            throw new NotACairnReportException("not a cairn report: not valid JSON (" + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ")", e);
        }
    }
}
