package dev.cairn.maturity.criteria.people;

import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which changed paths are Kubernetes manifests: the files this scan read Kubernetes objects from, and YAML
 * or Helm template files in the folders manifests live in ({@code k8s/}, {@code deploy/}, {@code helm/},
 * {@code charts/}, {@code kustomize/}, {@code overlays/}, ... at any depth), so that manifests since moved or
 * deleted still count. CI, compose and Terraform files are delivery files but not manifests.
 */
final class ManifestPaths implements Predicate<String> {
    private static final Set<String> FOLDERS = Set.of("k8s", "kubernetes", "kube", "deploy", "deployment", "deployments",
            "manifests", "helm", "charts", "chart", "kustomize", "overlays", "gitops", "argocd", "flux");

    private final Set<String> objectFiles;

    ManifestPaths(ManifestFacts manifests) {
        this.objectFiles = manifests.paths().stream().map(SourcePath::value).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean test(String path) {
        if (objectFiles.contains(path)) {
            return true;
        }
        String p = path.toLowerCase(Locale.ROOT);
        if (p.startsWith(".github/") || p.startsWith(".gitlab") || !(p.endsWith(".yaml") || p.endsWith(".yml")
                || p.endsWith(".tpl") && p.contains("/templates/"))) {
            return false;
        }
        String[] parts = p.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (FOLDERS.contains(parts[i])) return true;
        }
        String name = parts[parts.length - 1];
        return name.startsWith("kustomization.") || name.equals("chart.yaml");
    }
}
