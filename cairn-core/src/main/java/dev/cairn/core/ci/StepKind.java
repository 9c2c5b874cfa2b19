package dev.cairn.core.ci;

/** What a step (or one command of it) does, as the Level 1 criteria ask about it. A step may do several things. */
public enum StepKind {
    BUILD,
    UNIT_TEST,
    STATIC_ANALYSIS,
    IMAGE_BUILD,
    REGISTRY_LOGIN,
    IMAGE_PUSH,
    /** The image (or deployed) tag is derived from the commit SHA. */
    TAG_FROM_SHA,
    /** The image (or deployed) tag is derived from a release tag or semantic version. */
    TAG_FROM_SEMVER,
    VULNERABILITY_SCAN,
    /** Kubernetes, IaC or policy configuration is scanned (kubescape, checkov, trivy config, cairn, ...). */
    CONFIG_SCAN,
    SECRET_SCAN,
    /** Software composition analysis: dependencies checked against known vulnerabilities. */
    DEPENDENCY_SCAN,
    SAST,
    SBOM,
    SIGNING,
    DEPLOY,
    /** A check after a deployment that the application is up (rollout status, health URL, helm test). */
    SMOKE_TEST,
    NOTIFICATION,
    CHECKOUT,
    CLOUD_AUTH,
    TEST_REPORT,
    COVERAGE
}
