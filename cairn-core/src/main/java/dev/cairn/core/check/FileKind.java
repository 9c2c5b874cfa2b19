package dev.cairn.core.check;

/** What discovery decided a file is. */
public enum FileKind {
    /** YAML or JSON that may hold Kubernetes objects. */
    MANIFEST,
    KUSTOMIZATION,
    HELM_CHART,
    HELM_VALUES,
    HELM_TEMPLATE,
    DOCKERFILE,
    CI_PIPELINE,
    CAIRN_CONFIG,
    OTHER
}
