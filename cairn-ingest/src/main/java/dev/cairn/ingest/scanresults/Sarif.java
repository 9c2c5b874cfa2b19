package dev.cairn.ingest.scanresults;

import dev.cairn.core.vuln.ScanResult;
import dev.cairn.core.vuln.Vulnerability;
import dev.cairn.core.vuln.VulnerabilitySeverity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * SARIF 2.1.0 from a security scanner. A result counts when it failed ({@code kind} absent or
 * {@code fail}), is not suppressed, and has a severity: {@code properties.security-severity} on the result
 * or its rule (GitHub's reading: 9.0+ critical, 7.0+ high, 4.0+ medium, else low), else a {@code level}
 * (error high, warning medium, note low). In a run where any rule or result carries
 * {@code security-severity}, results without one are not security results and are left out (CodeQL mixes
 * both). Runs written by cairn itself are findings, not vulnerabilities, and are skipped.
 */
final class Sarif {
    static final String FORMAT = "SARIF";
    private static final String SECURITY_SEVERITY = "security-severity";
    /** Trivy writes the package into the message; other tools may too. */
    private static final Pattern PACKAGE = Pattern.compile("(?m)^Package: *(\\S.*?)\\s*$");
    private static final Pattern INSTALLED = Pattern.compile("(?m)^Installed Version: *(\\S.*?)\\s*$");
    private static final Pattern FIXED = Pattern.compile("(?m)^Fixed Version: *(.*?)\\s*$");

    private Sarif() {}

    static boolean matches(JsonNode root) {
        JsonNode runs = root.get("runs");
        if (runs == null || !runs.isArray()) {
            return false;
        }
        String version = Json.text(root, "version");
        String schema = Json.text(root, "$schema");
        return version != null && version.startsWith("2.") || schema != null && schema.toLowerCase(Locale.ROOT).contains("sarif");
    }

    /** True when every run was written by cairn: its own findings, not scanner output. */
    static boolean onlyCairn(JsonNode root) {
        List<JsonNode> runs = Json.array(root, "runs");
        return !runs.isEmpty() && runs.stream()
                .allMatch(run -> "cairn".equalsIgnoreCase(Json.text(run.path("tool").path("driver"), "name")));
    }

    static ScanResult read(JsonNode root, String source) {
        List<Vulnerability> out = new ArrayList<>();
        TreeSet<String> images = new TreeSet<>();
        TreeSet<String> tools = new TreeSet<>();
        String scannedAt = null;
        for (JsonNode run : Json.array(root, "runs")) {
            JsonNode driver = run.path("tool").path("driver");
            String tool = Json.text(driver, "name");
            if (tool != null && tool.equalsIgnoreCase("cairn")) {
                continue;
            }
            if (tool != null) {
                tools.add(tool);
            }
            String image = Json.text(run.path("properties"), "imageName");
            if (image != null) {
                images.add(image);
            }
            for (JsonNode invocation : Json.array(run, "invocations")) {
                String t = Json.text(invocation, "endTimeUtc");
                if (t == null) t = Json.text(invocation, "startTimeUtc");
                if (t != null && (scannedAt == null || t.compareTo(scannedAt) > 0)) scannedAt = t;
            }
            List<JsonNode> rules = Json.array(driver, "rules");
            Map<String, JsonNode> rulesById = new HashMap<>();
            rules.forEach(r -> {
                String id = Json.text(r, "id");
                if (id != null) rulesById.putIfAbsent(id, r);
            });
            List<JsonNode> results = Json.array(run, "results");
            boolean securityRun = rules.stream().anyMatch(r -> r.path("properties").has(SECURITY_SEVERITY))
                    || results.stream().anyMatch(r -> r.path("properties").has(SECURITY_SEVERITY));
            for (JsonNode result : results) {
                Vulnerability v = vulnerability(result, rules, rulesById, securityRun, image);
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return new ScanResult(source, FORMAT, tools.isEmpty() ? null : String.join(", ", tools),
                new ArrayList<>(images), scannedAt, out);
    }

    private static Vulnerability vulnerability(JsonNode result, List<JsonNode> rules, Map<String, JsonNode> rulesById,
            boolean securityRun, String image) {
        String kind = Json.text(result, "kind");
        if (kind != null && !kind.equals("fail")) {
            return null;
        }
        for (JsonNode s : Json.array(result, "suppressions")) {
            String status = Json.text(s, "status");
            if (status == null || status.equals("accepted")) {
                return null;
            }
        }
        JsonNode rule = rule(result, rules, rulesById);
        String id = Json.text(result, "ruleId");
        if (id == null) id = Json.text(rule, "id");
        if (id == null) {
            return null;
        }
        VulnerabilitySeverity severity = severity(result, rule, securityRun);
        if (severity == null) {
            return null;
        }
        String message = Json.text(result.path("message"), "text");
        String pkg = group(PACKAGE, message);
        String installed = group(INSTALLED, message);
        Boolean fixable = null;
        if (!Json.array(result, "fixes").isEmpty()) {
            fixable = true;
        } else if (message != null) {
            Matcher m = FIXED.matcher(message);
            if (m.find()) {
                fixable = !m.group(1).isBlank();
            }
        }
        String uri = Json.array(result, "locations").stream()
                .map(l -> Json.text(l.path("physicalLocation").path("artifactLocation"), "uri"))
                .filter(u -> u != null).findFirst().orElse(null);
        return new Vulnerability(id, severity, pkg, installed, fixable, image != null ? image + " " + uri : uri);
    }

    private static JsonNode rule(JsonNode result, List<JsonNode> rules, Map<String, JsonNode> rulesById) {
        JsonNode index = result.get("ruleIndex");
        if (index != null && index.isInt() && index.asInt() >= 0 && index.asInt() < rules.size()) {
            return rules.get(index.asInt());
        }
        String id = Json.text(result, "ruleId");
        return id == null ? null : rulesById.get(id);
    }

    private static VulnerabilitySeverity severity(JsonNode result, JsonNode rule, boolean securityRun) {
        double score = Json.number(result.path("properties").get(SECURITY_SEVERITY));
        if (Double.isNaN(score) && rule != null) {
            score = Json.number(rule.path("properties").get(SECURITY_SEVERITY));
        }
        if (!Double.isNaN(score)) {
            return VulnerabilitySeverity.ofScore(score);
        }
        if (securityRun) {
            return null;
        }
        String level = Json.text(result, "level");
        if (level == null && rule != null) {
            level = Json.text(rule.path("defaultConfiguration"), "level");
        }
        if (level == null) {
            return null;
        }
        return switch (level) {
            case "error" -> VulnerabilitySeverity.HIGH;
            case "warning" -> VulnerabilitySeverity.MEDIUM;
            case "note" -> VulnerabilitySeverity.LOW;
            default -> null;
        };
    }

    private static String group(Pattern p, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
