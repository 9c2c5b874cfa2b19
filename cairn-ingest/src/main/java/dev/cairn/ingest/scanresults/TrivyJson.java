package dev.cairn.ingest.scanresults;

import dev.cairn.core.vuln.ScanResult;
import dev.cairn.core.vuln.Vulnerability;
import dev.cairn.core.vuln.VulnerabilitySeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Trivy's JSON report ({@code trivy image --format json}): {@code Results[].Vulnerabilities[]} with
 * {@code VulnerabilityID}, {@code PkgName}, {@code InstalledVersion}, {@code FixedVersion}, {@code Status},
 * {@code Severity}. The Kubernetes report ({@code trivy k8s}) nests the same under {@code Resources[]}.
 */
final class TrivyJson {
    static final String FORMAT = "Trivy JSON";

    private TrivyJson() {}

    static boolean matches(JsonNode root) {
        return root.has("SchemaVersion") && (root.has("Results") || root.has("Resources") || root.has("ArtifactName"))
                || root.has("ArtifactName") && root.has("Results")
                || root.has("ClusterName") && root.has("Resources");
    }

    static ScanResult read(JsonNode root, String source) {
        TreeSet<String> images = new TreeSet<>();
        List<Vulnerability> out = new ArrayList<>();
        String artifact = Json.text(root, "ArtifactName");
        if (artifact != null && isImage(root)) {
            images.add(artifact);
        }
        results(Json.array(root, "Results"), artifact, out);
        for (JsonNode resource : Json.array(root, "Resources")) {
            String name = String.join("/", nonNull(Json.text(resource, "Namespace"), Json.text(resource, "Kind"),
                    Json.text(resource, "Name")));
            for (JsonNode result : Json.array(resource, "Results")) {
                String target = Json.text(result, "Target");
                // In a cluster report, image results are named by the image reference.
                if (target != null && "os-pkgs".equals(Json.text(result, "Class"))) {
                    images.add(target.replaceAll(" \\(.*\\)$", ""));
                }
            }
            results(Json.array(resource, "Results"), name.isEmpty() ? null : name, out);
        }
        return new ScanResult(source, FORMAT, "Trivy", new ArrayList<>(images), Json.text(root, "CreatedAt"), out);
    }

    private static void results(List<JsonNode> results, String artifact, List<Vulnerability> out) {
        for (JsonNode result : results) {
            String target = Json.text(result, "Target");
            String where = artifact != null ? artifact + (target != null && !target.startsWith(artifact) ? " " + target : "")
                    : target;
            for (JsonNode v : Json.array(result, "Vulnerabilities")) {
                String id = Json.text(v, "VulnerabilityID");
                if (id == null) {
                    continue;
                }
                String fixed = Json.text(v, "FixedVersion");
                String status = Json.text(v, "Status");
                boolean fixable = fixed != null || status != null && status.toLowerCase(Locale.ROOT).equals("fixed");
                out.add(new Vulnerability(id, VulnerabilitySeverity.ofWord(Json.text(v, "Severity")),
                        Json.text(v, "PkgName"), Json.text(v, "InstalledVersion"), fixable, where));
            }
        }
    }

    private static boolean isImage(JsonNode root) {
        String type = Json.text(root, "ArtifactType");
        if (type != null) {
            return type.equals("container_image");
        }
        JsonNode metadata = root.get("Metadata");
        return Json.isObject(metadata) && (metadata.has("ImageID") || metadata.has("RepoTags"));
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null) out.add(p);
        }
        return out;
    }
}
