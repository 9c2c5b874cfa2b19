package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import java.util.Set;

/**
 * A CPU limit caps a container that would otherwise take idle CPU from its neighbours, but it throttles
 * the container even when the node is idle, which many teams avoid on purpose. Hence info: a prompt to
 * decide, not a defect. Level 1 asks for requests and a memory limit, not a CPU limit.
 */
public final class CpuLimitCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-027", "cpu-limit")
            .title("Container has no CPU limit")
            .severity(Severity.INFO)
            .criteria("TEC-18")
            .equivalent(Peer.POLARIS, "cpuLimitsMissing")
            .equivalent(Peer.KUBE_LINTER, "unset-cpu-requirements")
            .equivalent(Peer.KUBE_SCORE, "container-resources")
            .equivalent(Peer.KUBESCAPE, "C-0270")
            .equivalent(Peer.CHECKOV, "CKV_K8S_11")
            .equivalent(Peer.TRIVY, "KSV-0011")
            .build();

    public CpuLimitCheck() {
        super(Set.of(ContainerKind.CONTAINER, ContainerKind.INIT));
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        if (!Resources.isSet(container, "limits", "cpu")) {
            Resources.report(sink, container, "limits", describe(container) + " has no CPU limit: set"
                    + " resources.limits.cpu if it must not take spare CPU from its neighbours, or suppress this"
                    + " finding to record that the team runs without CPU limits on purpose");
        }
    }
}
