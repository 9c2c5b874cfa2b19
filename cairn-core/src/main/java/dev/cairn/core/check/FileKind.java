package dev.cairn.core.check;

/** What discovery decided a file is. */
public enum FileKind {
    /** YAML or JSON that may hold Kubernetes objects. */
    MANIFEST,
    KUSTOMIZATION,
    /** A patch a kustomization applies: a fragment of an object, not an object of its own. */
    KUSTOMIZE_PATCH,
    HELM_CHART,
    HELM_VALUES,
    HELM_TEMPLATE,
    DOCKERFILE,
    CI_PIPELINE,
    CAIRN_CONFIG,
    /** Scanner output named like one (trivy*.json, grype*.json, *.sarif, *.cdx.json, bom.json, sbom*.json). */
    SCAN_RESULT,
    OTHER
}
