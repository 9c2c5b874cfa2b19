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

/** Reads back what {@link JsonReporter} wrote: its fingerprints for {@code --baseline}, the whole report for uploads. */
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
        JsonNode root = versionOne(parse(in), "; rescan to make a new baseline");
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

    /**
     * The whole report, as {@code cairn scan --format json} wrote it (the server's uploads, the scan page).
     *
     * @throws NotACairnReportException when the text is not JSON, not a cairn report of schema version 1, or a
     *                                  value the model refuses; the message names the property
     */
    public static ScanReport read(Reader in) throws IOException {
        JsonNode root = versionOne(parse(in), "");
        try {
            ScanReport report = ReportJson.READER.treeToValue(root, ScanReport.class);
            if (report.tool() == null || report.target() == null) {
                throw new NotACairnReportException("not a cairn report: " + (report.tool() == null ? "tool" : "target")
                        + " is missing");
            }
            return report;
        } catch (JacksonException e) {
            throw new NotACairnReportException("not a cairn report: " + problem(e), e);
        }
    }

    /** Jackson's reason without its class names, and where: {@code findings[3].location.span}. */
    private static String problem(JacksonException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String why = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                ? (cause.getMessage() == null ? "a required value is missing" : cause.getMessage())
                : e.getOriginalMessage();
        String where = e.getPathReference();
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return (path.isEmpty() ? "" : path + ": ") + firstLine(why == null ? String.valueOf(where) : why);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static JsonNode versionOne(JsonNode root, String advice) throws NotACairnReportException {
        if (root == null || !root.isObject() || !root.has("schemaVersion") || !root.path("findings").isArray()) {
            throw new NotACairnReportException(
                    "not a cairn report: expected the JSON object that 'cairn scan --format json' writes");
        }
        JsonNode version = root.get("schemaVersion");
        if (!version.isString() || !version.asString().equals(ScanReport.SCHEMA_VERSION)) {
            throw new NotACairnReportException("unsupported cairn report schema version " + version
                    + ": this cairn reads version " + ScanReport.SCHEMA_VERSION + advice);
        }
        return root;
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
