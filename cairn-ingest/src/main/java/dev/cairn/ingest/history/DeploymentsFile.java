package dev.cairn.ingest.history;

import dev.cairn.core.history.DeploymentRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a deployments file: CSV with a header row, or JSON (an array of objects, or an object with a
 * {@code deployments} array). Columns: {@code time} (ISO 8601, a date, or epoch seconds), {@code version},
 * {@code commit}, {@code status}, {@code environment}; common aliases ({@code timestamp}, {@code sha},
 * {@code env}, ...) are accepted.
 */
public final class DeploymentsFile {
    private static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final Map<String, String> ALIASES = aliases();

    private DeploymentsFile() {}

    /** Thrown for a file that cannot be used; the message says what to fix. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message);
        }
    }

    public static List<DeploymentRecord> read(Path file) throws IOException, Invalid {
        if (Files.size(file) > MAX_BYTES) throw new Invalid(file + " is larger than 50 MiB");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String t = text.stripLeading();
        if (t.startsWith("\uFEFF")) t = t.substring(1);
        return t.startsWith("[") || t.startsWith("{") ? json(t, file) : csv(t, file);
    }

    static List<DeploymentRecord> csv(String text, Path file) throws Invalid {
        List<List<String>> rows = CsvRows.parse(text);
        if (rows.isEmpty()) return List.of();
        List<String> header = rows.get(0).stream().map(DeploymentsFile::column).toList();
        int time = header.indexOf("time");
        if (time < 0) throw new Invalid(file + ": the header needs a 'time' column (time,version,commit,status,environment)");
        List<DeploymentRecord> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) continue;
            out.add(new DeploymentRecord(instant(cell(row, time), file, r + 1), cell(row, header.indexOf("version")),
                    cell(row, header.indexOf("commit")), cell(row, header.indexOf("status")),
                    cell(row, header.indexOf("environment")), r + 1));
        }
        return out;
    }

    static List<DeploymentRecord> json(String text, Path file) throws Invalid {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(text);
        } catch (JacksonException e) {
            throw new Invalid(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode array = root.isArray() ? root : root.get("deployments");
        if (array == null || !array.isArray()) throw new Invalid(file + ": expected an array of deployments");
        List<DeploymentRecord> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isObject()) throw new Invalid(file + ": deployment " + (i + 1) + " is not an object");
            Map<String, String> fields = new HashMap<>();
            for (var e : item.properties()) {
                JsonNode v = e.getValue();
                fields.put(column(e.getKey()), v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString());
            }
            out.add(new DeploymentRecord(instant(fields.get("time"), file, i + 1), fields.get("version"), fields.get("commit"),
                    fields.get("status"), fields.get("environment"), i + 1));
        }
        return out;
    }

    private static String cell(List<String> row, int index) {
        if (index < 0 || index >= row.size()) return null;
        String s = row.get(index).strip();
        return s.isEmpty() ? null : s;
    }

    private static String column(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return ALIASES.getOrDefault(n, n);
    }

    static Instant instant(String text, Path file, int line) throws Invalid {
        if (text == null || text.isBlank()) throw new Invalid(file + ":" + line + ": no time");
        String t = text.strip();
        try {
            if (t.matches("\\d{9,11}")) return Instant.ofEpochSecond(Long.parseLong(t));
            if (t.matches("\\d{12,14}")) return Instant.ofEpochMilli(Long.parseLong(t));
            if (t.length() == 10) return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            String iso = t.replace(' ', 'T');
            try {
                return OffsetDateTime.parse(iso).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new Invalid(file + ":" + line + ": cannot read the time '" + t + "' (use ISO 8601, e.g. 2026-03-01T14:05:00Z)");
        }
    }

    private static Map<String, String> aliases() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of("timestamp", "date", "deployed_at", "finished_at", "finished_date", "created_at")) m.put(s, "time");
        for (String s : List.of("sha", "commit_sha", "revision", "commit_id")) m.put(s, "commit");
        for (String s : List.of("env", "environment_name")) m.put(s, "environment");
        for (String s : List.of("result", "state")) m.put(s, "status");
        for (String s : List.of("tag", "release", "name")) m.put(s, "version");
        return m;
    }

    /** RFC 4180 rows: quoted fields with doubled quotes, commas and newlines inside quotes. */
    static final class CsvRows {
        private CsvRows() {}

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(ch);
                }
            }
            if (!field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
