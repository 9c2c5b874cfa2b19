package dev.cairn.checks.cluster;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ClusterCheck;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Kubernetes version skew policy: a node's kubelet may not be newer than the API server, and may be at
 * most three minor releases older (two before 1.28). Outside that window the pair is untested upstream, and
 * the next control-plane upgrade leaves the node behind. Each Node's {@code status.nodeInfo.kubeletVersion} is
 * judged against the server version the snapshot recorded.
 */
public final class KubeletVersionSkewCheck implements ClusterCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("CLU-007", "kubelet-version-skew")
            .title("Node's kubelet is outside the supported version skew from the API server")
            .severity(Severity.MEDIUM)
            .aspect(Aspect.PROCESS)
            .criteria("PRC-7")
            .inputs(InputKind.CLUSTER)
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ClusterSnapshot cluster) {
        return ApiServerSupportCheck.minor(cluster.info().serverVersion()).isPresent() && !cluster.ofKind("Node").isEmpty();
    }

    @Override
    public void check(ClusterSnapshot cluster, LocalDate today, FindingSink sink) {
        String server = cluster.info().serverVersion();
        int serverMinor = ApiServerSupportCheck.minor(server).orElseThrow();
        int allowed = allowedLag(serverMinor);
        for (K8sObject node : cluster.ofKind("Node")) {
            Optional<YScalar> kubelet = node.root().path("status", "nodeInfo", "kubeletVersion").flatMap(YNode::asScalar);
            kubelet.ifPresent(version -> ApiServerSupportCheck.minor(version.text()).ifPresent(minor -> {
                String subject = "kubelet " + version.text() + " on Node " + node.ref().name();
                if (minor > serverMinor) {
                    sink.report(ClusterSnapshot.locate(node, version), node.ref(), subject + " is newer than the API server "
                            + server + ", which the skew policy never allows: upgrade the control plane first, then the nodes");
                } else if (serverMinor - minor > allowed) {
                    sink.report(ClusterSnapshot.locate(node, version), node.ref(), subject + " is " + (serverMinor - minor)
                            + " minor releases behind the API server " + server + "; the skew policy allows " + allowed
                            + ": upgrade the node (or replace its node pool) to 1." + (serverMinor - allowed) + " or newer");
                }
            }));
        }
    }

    /** Kubelets may lag three minor releases behind an API server of 1.28 or newer, two behind older ones. */
    static int allowedLag(int serverMinor) {
        return serverMinor >= 28 ? 3 : 2;
    }
}
