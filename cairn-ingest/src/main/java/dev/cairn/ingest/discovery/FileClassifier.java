package dev.cairn.ingest.discovery;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.ci.CiFiles;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what a file is from its path alone; content is judged later by the parsers. Helm charts are
 * recognised by their {@code Chart.yaml}, so {@code templates/} of a chart are never read as broken YAML.
 */
public final class FileClassifier {
    private static final Set<String> KUSTOMIZATION_NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private FileClassifier() {}

    /**
     * @param chartRoot the directory of the nearest enclosing {@code Chart.yaml}, or null
     */
    public static FileKind classify(SourcePath path, SourcePath chartRoot) {
        String name = path.fileName();
        String lower = name.toLowerCase(Locale.ROOT);
        String p = path.value();
        if (name.equals(".cairn.yaml") || name.equals(".cairn.yml")) {
            return path.parent().equals(SourcePath.ROOT) ? FileKind.CAIRN_CONFIG : FileKind.OTHER;
        }
        if (KUSTOMIZATION_NAMES.contains(name)) {
            return FileKind.KUSTOMIZATION;
        }
        if (isDockerfile(name, lower)) {
            return FileKind.DOCKERFILE;
        }
        // Tekton pipelines are Kubernetes objects: they stay manifests, and the Tekton reader takes the objects.
        if (CiFiles.systemOf(path).filter(system -> system != CiSystem.TEKTON).isPresent()) {
            return FileKind.CI_PIPELINE;
        }
        if (isScanResultName(lower)) {
            return FileKind.SCAN_RESULT;
        }
        if (chartRoot != null) {
            String relative = chartRoot.value().isEmpty() ? p : p.substring(chartRoot.value().length() + 1);
            if (relative.equals("Chart.yaml")) return FileKind.HELM_CHART;
            if (relative.startsWith("templates/")) return FileKind.HELM_TEMPLATE;
            if (!relative.contains("/") && lower.startsWith("values") && isYaml(lower)) return FileKind.HELM_VALUES;
            if (relative.startsWith("charts/") || relative.startsWith("crds/") && !isYaml(lower)) return FileKind.OTHER;
        }
        if (isYaml(lower) || lower.endsWith(".json")) {
            return FileKind.MANIFEST;
        }
        return FileKind.OTHER;
    }

    /**
     * Names scanner output usually has: {@code trivy*.json}, {@code grype*.json}, {@code *.sarif} (and
     * {@code *.sarif.json}), {@code *.cdx.json}, {@code bom.json}, {@code sbom*.json}. Whether a file really is
     * one is decided by its content.
     */
    public static boolean isScanResultName(String lowerName) {
        return lowerName.endsWith(".sarif") || lowerName.endsWith(".sarif.json") || lowerName.endsWith(".cdx.json")
                || lowerName.equals("bom.json")
                || lowerName.endsWith(".json") && (lowerName.startsWith("trivy") || lowerName.startsWith("grype")
                        || lowerName.startsWith("sbom"));
    }

    static boolean isYaml(String lowerName) {
        return lowerName.endsWith(".yaml") || lowerName.endsWith(".yml");
    }

    /**
     * {@code Dockerfile.dev} and {@code Containerfile.alpine} are Dockerfiles; {@code Dockerfile.java} (a class
     * modelling Dockerfiles) or {@code Dockerfile.md} are not, so well-known source and document suffixes are out.
     */
    private static boolean isDockerfile(String name, String lower) {
        if (name.equals("Dockerfile") || name.equals("Containerfile") || lower.endsWith(".dockerfile")) {
            return true;
        }
        boolean variant = name.startsWith("Dockerfile.") || name.startsWith("Containerfile.");
        return variant && !NOT_DOCKERFILE_SUFFIXES.contains(lower.substring(lower.lastIndexOf('.') + 1));
    }

    private static final Set<String> NOT_DOCKERFILE_SUFFIXES = Set.of("java", "kt", "groovy", "scala", "go", "py",
            "rb", "rs", "js", "ts", "cs", "c", "h", "cpp", "class", "md", "adoc", "txt", "html", "json", "yaml", "yml",
            "xml", "toml", "sh", "bash", "ps1", "orig", "bak", "swp", "tmpl", "j2", "erb", "golden", "expect");
}
