package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.Peer;
import dev.cairn.core.model.Severity;

/**
 * Without a CPU request the scheduler reserves no CPU for the container, packs nodes blindly and gives it
 * the smallest share under contention. A CPU limit without a request counts: Kubernetes copies the limit.
 * Ephemeral containers cannot declare resources and are out of scope.
 */
public final class CpuRequestCheck extends MissingRequestCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-025", "cpu-request")
            .title("Container has no CPU request")
            .severity(Severity.MEDIUM)
            .criteria("TEC-18")
            .equivalent(Peer.POLARIS, "cpuRequestsMissing")
            .equivalent(Peer.KUBE_LINTER, "unset-cpu-requirements")
            .equivalent(Peer.KUBE_SCORE, "container-resources")
            .equivalent(Peer.KUBESCAPE, "C-0268")
            .equivalent(Peer.CHECKOV, "CKV_K8S_10")
            .equivalent(Peer.TRIVY, "KSV-0015")
            .build();

    public CpuRequestCheck() {
        super("cpu", "CPU", "set resources.requests.cpu to its typical use (e.g. 100m) so the scheduler reserves it");
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }
}
