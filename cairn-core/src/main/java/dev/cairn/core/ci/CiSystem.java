package dev.cairn.core.ci;

/** The CI systems whose pipeline files cairn reads. */
public enum CiSystem {
    GITHUB_ACTIONS,
    GITLAB_CI,
    AZURE_PIPELINES,
    CIRCLECI,
    BITBUCKET_PIPELINES,
    TEKTON,
    JENKINS,
    CLOUD_BUILD,
    DRONE,
    WOODPECKER,
    BUILDKITE
}
