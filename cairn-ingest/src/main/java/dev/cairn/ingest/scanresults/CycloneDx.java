package dev.cairn.ingest.scanresults;

import dev.cairn.core.vuln.ScanResult;
import dev.cairn.core.vuln.Vulnerability;
import dev.cairn.core.vuln.VulnerabilitySeverity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * CycloneDX JSON with a {@code vulnerabilities} array (1.4+; Trivy and Grype write it with
 * {@code --format cyclonedx} plus vulnerabilities). Severity is the highest of {@code ratings[].severity};
 * a fix is known to exist when an {@code affects[].versions[]} entry is {@code unaffected}, the analysis
 * response is {@code update}, or there is a {@code recommendation}. Vulnerabilities analysed as
 * {@code not_affected}, {@code false_positive} or {@code resolved} are left out. An SBOM without a
 * {@code vulnerabilities} array is not vulnerability output.
 */
final class CycloneDx {
    static final String FORMAT = "CycloneDX";

    private CycloneDx() {}

    static boolean matches(JsonNode root) {
        return "CycloneDX".equalsIgnoreCase(Json.text(root, "bomFormat"));
    }

    static boolean hasVulnerabilities(JsonNode root) {
        JsonNode v = root.get("vulnerabilities");
        return v != null && v.isArray();
    }

    static ScanResult read(JsonNode root, String source) {
        JsonNode metadata = root.path("metadata");
        JsonNode subject = metadata.path("component");
        String subjectName = name(subject);
        List<String> images = "container".equals(Json.text(subject, "type")) && subjectName != null
                ? List.of(subjectName) : List.of();
        Map<String, JsonNode> components = components(root, subject);
        List<Vulnerability> out = new ArrayList<>();
        for (JsonNode v : Json.array(root, "vulnerabilities")) {
            String id = Json.text(v, "id");
            if (id == null || excluded(v)) {
                continue;
            }
            VulnerabilitySeverity severity = severity(v);
            Boolean fixable = fixable(v);
            List<JsonNode> affects = Json.array(v, "affects");
            if (affects.isEmpty()) {
                out.add(new Vulnerability(id, severity, null, null, fixable, subjectName));
            }
            for (JsonNode a : affects) {
                String ref = Json.text(a, "ref");
                JsonNode c = ref == null ? null : components.get(ref);
                boolean fixedHere = Json.array(a, "versions").stream()
                        .anyMatch(ver -> "unaffected".equals(Json.text(ver, "status")));
                out.add(new Vulnerability(id, severity, c != null ? Json.text(c, "name") : ref,
                        c != null ? Json.text(c, "version") : null, fixedHere ? Boolean.TRUE : fixable, subjectName));
            }
        }
        return new ScanResult(source, FORMAT, tool(metadata), images, Json.text(metadata, "timestamp"), out);
    }

    private static boolean excluded(JsonNode v) {
        String state = Json.text(v.path("analysis"), "state");
        return state != null && switch (state.toLowerCase(Locale.ROOT)) {
            case "not_affected", "false_positive", "resolved", "resolved_with_pedigree" -> true;
            default -> false;
        };
    }

    /** The highest severity any rating gives; unknown when none does. */
    private static VulnerabilitySeverity severity(JsonNode v) {
        VulnerabilitySeverity best = VulnerabilitySeverity.UNKNOWN;
        for (JsonNode rating : Json.array(v, "ratings")) {
            VulnerabilitySeverity s = VulnerabilitySeverity.ofWord(Json.text(rating, "severity"));
            if (s == VulnerabilitySeverity.UNKNOWN) {
                double score = Json.number(rating.get("score"));
                s = Double.isNaN(score) ? s : VulnerabilitySeverity.ofScore(score);
            }
            if (s != VulnerabilitySeverity.UNKNOWN && (best == VulnerabilitySeverity.UNKNOWN || s.ordinal() < best.ordinal())) {
                best = s;
            }
        }
        return best;
    }

    private static Boolean fixable(JsonNode v) {
        boolean update = Json.array(v.path("analysis"), "response").stream()
                .anyMatch(r -> "update".equals(Json.text(r)));
        return update || Json.text(v, "recommendation") != null ? Boolean.TRUE : null;
    }

    /** Every component by its bom-ref, nested ones included (walked with a stack, not recursion). */
    private static Map<String, JsonNode> components(JsonNode root, JsonNode subject) {
        Map<String, JsonNode> out = new HashMap<>();
        Deque<JsonNode> stack = new ArrayDeque<>(Json.array(root, "components"));
        if (Json.isObject(subject)) {
            stack.push(subject);
        }
        while (!stack.isEmpty()) {
            JsonNode c = stack.pop();
            String ref = Json.text(c, "bom-ref");
            if (ref != null) {
                out.putIfAbsent(ref, c);
            }
            Json.array(c, "components").forEach(stack::push);
        }
        return out;
    }

    private static String name(JsonNode component) {
        String name = Json.text(component, "name");
        String version = Json.text(component, "version");
        if (name == null) {
            return null;
        }
        return version == null || name.contains("@") || name.endsWith(":" + version) ? name : name + ":" + version;
    }

    /** {@code metadata.tools} is an array of tools in 1.4 and an object with components and services in 1.5+. */
    private static String tool(JsonNode metadata) {
        JsonNode tools = metadata.path("tools");
        List<JsonNode> list = tools.isArray() ? Json.array(tools) : Json.array(tools, "components");
        return list.stream().map(t -> Json.text(t, "name")).filter(n -> n != null).findFirst().orElse(null);
    }
}
