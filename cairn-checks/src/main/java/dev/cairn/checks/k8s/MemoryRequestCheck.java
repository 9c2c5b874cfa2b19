package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.Peer;
import dev.cairn.core.model.Severity;

/**
 * Without a memory request the scheduler reserves no memory for the container, may place it on a node
 * that is already full, and evicts it first under memory pressure. A memory limit without a request
 * counts: Kubernetes copies the limit. Ephemeral containers cannot declare resources and are out of scope.
 */
public final class MemoryRequestCheck extends MissingRequestCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-026", "memory-request")
            .title("Container has no memory request")
            .severity(Severity.MEDIUM)
            .criteria("TEC-18")
            .equivalent(Peer.POLARIS, "memoryRequestsMissing")
            .equivalent(Peer.KUBE_LINTER, "unset-memory-requirements")
            .equivalent(Peer.KUBE_SCORE, "container-resources")
            .equivalent(Peer.KUBESCAPE, "C-0269")
            .equivalent(Peer.CHECKOV, "CKV_K8S_12")
            .equivalent(Peer.TRIVY, "KSV-0016")
            .build();

    public MemoryRequestCheck() {
        super("memory", "memory", "set resources.requests.memory to its normal use so the scheduler reserves it");
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }
}
