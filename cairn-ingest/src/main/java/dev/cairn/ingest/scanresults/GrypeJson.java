package dev.cairn.ingest.scanresults;

import dev.cairn.core.vuln.ScanResult;
import dev.cairn.core.vuln.Vulnerability;
import dev.cairn.core.vuln.VulnerabilitySeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Grype's JSON report ({@code grype IMAGE -o json}): {@code matches[]} with {@code vulnerability}
 * ({@code id}, {@code severity}, {@code fix.state}, {@code fix.versions}) and {@code artifact}
 * ({@code name}, {@code version}); {@code source} says what was scanned.
 */
final class GrypeJson {
    static final String FORMAT = "Grype JSON";

    private GrypeJson() {}

    static boolean matches(JsonNode root) {
        JsonNode matches = root.get("matches");
        if (matches == null || !matches.isArray()) {
            return false;
        }
        JsonNode descriptor = root.get("descriptor");
        return Json.isObject(descriptor) && "grype".equalsIgnoreCase(Json.text(descriptor, "name"))
                || root.has("source") || matches.isEmpty() || Json.isObject(matches.get(0).get("vulnerability"));
    }

    static ScanResult read(JsonNode root, String source) {
        JsonNode src = root.get("source");
        String type = Json.text(src, "type");
        JsonNode target = src == null ? null : src.get("target");
        String scanned = Json.isObject(target) ? first(Json.text(target, "userInput"),
                Json.array(target, "tags").stream().map(Json::text).filter(t -> t != null).findFirst().orElse(null),
                Json.text(target, "path"))
                : Json.text(target);
        List<String> images = "image".equals(type) && scanned != null ? List.of(scanned) : List.of();
        List<Vulnerability> out = new ArrayList<>();
        for (JsonNode match : Json.array(root, "matches")) {
            JsonNode v = match.get("vulnerability");
            String id = Json.text(v, "id");
            if (id == null) {
                continue;
            }
            JsonNode artifact = match.get("artifact");
            out.add(new Vulnerability(id, VulnerabilitySeverity.ofWord(Json.text(v, "severity")),
                    Json.text(artifact, "name"), Json.text(artifact, "version"), fixable(v.get("fix")), scanned));
        }
        JsonNode descriptor = root.get("descriptor");
        String tool = Json.text(descriptor, "name");
        return new ScanResult(source, FORMAT, tool == null ? "Grype" : tool, images, Json.text(descriptor, "timestamp"), out);
    }

    /** {@code fixed} (or any fix version) yes; {@code not-fixed} and {@code wont-fix} no; otherwise unknown. */
    private static Boolean fixable(JsonNode fix) {
        if (!Json.isObject(fix)) {
            return null;
        }
        if (!Json.array(fix, "versions").isEmpty()) {
            return true;
        }
        String state = Json.text(fix, "state");
        if (state == null) {
            return null;
        }
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "fixed" -> true;
            case "not-fixed", "wont-fix" -> false;
            default -> null;
        };
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) return v;
        }
        return null;
    }
}
