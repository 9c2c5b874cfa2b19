package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YNode;
import java.util.Set;

/**
 * A container without a memory limit can take the node's memory and get other pods evicted or
 * OOM-killed. Ephemeral containers cannot declare resources and are out of scope.
 */
public final class MemoryLimitCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-008", "memory-limit")
            .title("Container has no memory limit")
            .severity(Severity.MEDIUM)
            .criteria("TEC-18")
            .equivalent(Peer.POLARIS, "memoryLimitsMissing")
            .equivalent(Peer.KUBE_LINTER, "unset-memory-requirements")
            .equivalent(Peer.KUBE_SCORE, "container-resources")
            .equivalent(Peer.KUBESCAPE, "C-0004")
            .equivalent(Peer.CHECKOV, "CKV_K8S_13")
            .equivalent(Peer.TRIVY, "KSV-0018")
            .build();

    public MemoryLimitCheck() {
        super(Set.of(ContainerKind.CONTAINER, ContainerKind.INIT));
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        boolean limited = Resources.isSet(container, "limits", "memory");
        if (!limited) {
            YNode at = container.node().path("resources", "limits")
                    .or(() -> container.node().get("resources")).orElse(container.node());
            sink.report(at, describe(container) + " has no memory limit: set resources.limits.memory"
                    + " (and requests.memory) from its measured peak use");
        }
    }
}
