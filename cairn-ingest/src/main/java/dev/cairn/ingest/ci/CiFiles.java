package dev.cairn.ingest.ci;

import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.model.SourcePath;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which CI system a file belongs to, from its path alone; the one place that knows the file names, used by
 * discovery ({@link dev.cairn.ingest.discovery.FileClassifier}) and by {@link PipelineReader}.
 */
public final class CiFiles {
    /** {@code Jenkinsfile.md} documents a Jenkinsfile; {@code Jenkinsfile.release} is one. */
    private static final Pattern DOCUMENT = Pattern.compile("\\.(md|txt|adoc|rst|html|orig|bak|swp)$");

    private CiFiles() {}

    public static Optional<CiSystem> systemOf(SourcePath path) {
        String name = path.fileName();
        String lower = name.toLowerCase(Locale.ROOT);
        String p = path.value();
        boolean yaml = lower.endsWith(".yml") || lower.endsWith(".yaml");
        if (isUnder(p, ".github/workflows/") && yaml && path.parent().fileName().equals("workflows")) {
            return Optional.of(CiSystem.GITHUB_ACTIONS);
        }
        if (name.equals(".gitlab-ci.yml") || name.equals(".gitlab-ci.yaml") || lower.endsWith(".gitlab-ci.yml")
                || isUnder(p, ".gitlab/ci/") && yaml) {
            return Optional.of(CiSystem.GITLAB_CI);
        }
        if (lower.startsWith("azure-pipelines") && yaml || isUnder(p, ".azure-pipelines/") && yaml) {
            return Optional.of(CiSystem.AZURE_PIPELINES);
        }
        if (p.endsWith(".circleci/config.yml") || p.endsWith(".circleci/config.yaml")) {
            return Optional.of(CiSystem.CIRCLECI);
        }
        if (name.equals("bitbucket-pipelines.yml") || name.equals("bitbucket-pipelines.yaml")) {
            return Optional.of(CiSystem.BITBUCKET_PIPELINES);
        }
        if (isUnder(p, ".tekton/") && yaml) {
            return Optional.of(CiSystem.TEKTON);
        }
        if (name.equals("Jenkinsfile") || name.startsWith("Jenkinsfile.") && !DOCUMENT.matcher(lower).find()
                || lower.endsWith(".jenkinsfile")) {
            return Optional.of(CiSystem.JENKINS);
        }
        if (lower.startsWith("cloudbuild") && yaml) {
            return Optional.of(CiSystem.CLOUD_BUILD);
        }
        if (name.equals(".drone.yml") || name.equals(".drone.yaml")) {
            return Optional.of(CiSystem.DRONE);
        }
        if (name.equals(".woodpecker.yml") || name.equals(".woodpecker.yaml") || isUnder(p, ".woodpecker/") && yaml) {
            return Optional.of(CiSystem.WOODPECKER);
        }
        if (isUnder(p, ".buildkite/") && yaml && lower.startsWith("pipeline")) {
            return Optional.of(CiSystem.BUILDKITE);
        }
        return Optional.empty();
    }

    private static boolean isUnder(String path, String folder) {
        return path.startsWith(folder) || path.contains("/" + folder);
    }
}
