package dev.cairn.maturity.kpi.delivery;

import java.util.Locale;
import java.util.Set;

/**
 * Infrastructure and delivery paths (cnmm-level1.md §4.8 and §1): Dockerfiles and compose files, Kubernetes,
 * kustomize and Helm folders, Terraform, and CI configuration. A folder matches at any depth
 * ({@code services/api/k8s/...}), so monorepos count too.
 */
public final class DeliveryPaths {
    private static final Set<String> FOLDERS = Set.of("k8s", "kubernetes", "deploy", "deployment", "deployments",
            "manifests", "helm", "charts", "kustomize", "overlays", "infra", "terraform", ".tekton", ".circleci",
            ".buildkite");
    private static final Set<String> FILES = Set.of("dockerfile", "containerfile", ".dockerignore", "jenkinsfile",
            ".gitlab-ci.yml", ".gitlab-ci.yaml", "azure-pipelines.yml", "azure-pipelines.yaml", ".travis.yml",
            "bitbucket-pipelines.yml", ".drone.yml", "cloudbuild.yaml", "cloudbuild.yml", "skaffold.yaml",
            "tiltfile", "kustomization.yaml", "kustomization.yml", "chart.yaml", "helmfile.yaml");

    private DeliveryPaths() {}

    public static boolean matches(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.startsWith(".github/workflows/") || p.startsWith(".gitlab/ci/")) return true;
        String[] parts = p.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (FOLDERS.contains(parts[i])) return true;
        }
        String name = parts[parts.length - 1];
        return FILES.contains(name)
                || name.startsWith("dockerfile.") || name.endsWith(".dockerfile")
                || name.startsWith("docker-compose") && (name.endsWith(".yml") || name.endsWith(".yaml"))
                || name.equals("compose.yaml") || name.equals("compose.yml")
                || name.endsWith(".tf") || name.endsWith(".tfvars");
    }
}
