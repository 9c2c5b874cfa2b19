package dev.cairn.core.check;

/** The evidence a check judges; it decides when a check is not applicable. */
public enum InputKind {
    KUBERNETES_OBJECT, YAML_FILE, DOCKERFILE, CI_PIPELINE, REPOSITORY, GIT_HISTORY, CLUSTER
}
