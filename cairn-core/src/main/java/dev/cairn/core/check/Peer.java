package dev.cairn.core.check;

/** The tools whose checks cairn maps its own to (spec/check-union.md). */
public enum Peer {
    POLARIS, KUBE_LINTER, KUBE_SCORE, KUBESCAPE, CHECKOV, TRIVY, HADOLINT, SCORECARD
}
