package dev.cairn.core.ci;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line a container step runs, for systems that describe steps as an image with an entrypoint
 * and arguments (Cloud Build, Tekton, Drone): {@code gcr.io/cloud-builders/docker} with
 * {@code args: [build, -t, app, .]} runs {@code docker build -t app .}; {@code entrypoint: bash} with
 * {@code args: [-c, script]} runs the script.
 */
public final class ImageCommand {
    /** Images whose entrypoint is the tool they are named after. */
    private static final Set<String> TOOL_IMAGES = Set.of("docker", "kubectl", "gcloud", "gke-deploy", "git", "gsutil", "npm",
            "yarn", "mvn", "gradle", "go", "curl", "wget", "helm", "trivy", "grype", "syft", "cosign", "gitleaks", "trufflehog",
            "checkov", "conftest", "kubescape", "executor", "skaffold", "kustomize", "crane", "kube-linter", "kube-score");
    private static final Set<String> SHELLS = Set.of("bash", "sh", "/bin/bash", "/bin/sh", "/usr/bin/env bash");

    private ImageCommand() {}

    /**
     * @param entrypoint the command overriding the image's entrypoint, empty for the image's own
     * @return the command text, or null when the image runs its default command
     */
    public static String of(String image, List<String> entrypoint, List<String> args) {
        if (!entrypoint.isEmpty()) {
            if (entrypoint.size() == 1 && SHELLS.contains(entrypoint.getFirst()) && args.size() >= 2 && args.getFirst().equals("-c")) {
                return args.get(1);
            }
            return join(entrypoint) + (args.isEmpty() ? "" : " " + join(args));
        }
        String tool = image == null ? "" : Words.toolName(ImageRules.repository(image));
        boolean toolImage = TOOL_IMAGES.contains(tool) || image != null && image.contains("cloud-builders/");
        if (args.isEmpty()) {
            return toolImage ? tool : null;
        }
        if (toolImage && !Words.toolName(args.getFirst()).equals(tool)) {
            return tool + " " + join(args);
        }
        return join(args);
    }

    private static String join(List<String> words) {
        return words.stream().map(w -> w.isEmpty() || w.chars().anyMatch(Character::isWhitespace) && !w.contains("\n")
                ? "'" + w + "'" : w).collect(Collectors.joining(" "));
    }
}
