package dev.cairn.checks.cluster;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ClusterCheck;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A container waiting in CrashLoopBackOff starts and dies again and again; one in ImagePullBackOff (or
 * ErrImagePull) never starts. Both read the pod's status, which only a cluster has, and are judged on every
 * pod, also on those a controller made.
 */
public final class ContainerBackOffCheck implements ClusterCheck {
    private static final Map<String, String> REMEDIES = Map.of(
            "CrashLoopBackOff", "read its logs (kubectl logs --previous) and its probes, then fix what makes it exit",
            "ImagePullBackOff", "check the image name and tag, and that the node may pull from the registry (imagePullSecrets)",
            "ErrImagePull", "check the image name and tag, and that the node may pull from the registry (imagePullSecrets)");

    private static final CheckSpec SPEC = CheckSpec.builder("CLU-006", "container-back-off")
            .title("Container is stuck in CrashLoopBackOff or ImagePullBackOff")
            .severity(Severity.HIGH)
            .criteria("TEC-33")
            .inputs(InputKind.CLUSTER)
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ClusterSnapshot cluster) {
        return !cluster.ofKind("Pod").isEmpty();
    }

    @Override
    public void check(ClusterSnapshot cluster, LocalDate today, FindingSink sink) {
        for (K8sObject pod : cluster.ofKind("Pod")) {
            for (String list : List.of("initContainerStatuses", "containerStatuses")) {
                pod.root().path("status", list).flatMap(YNode::asSeq).ifPresent(statuses -> statuses.items().forEach(s ->
                        s.asMap().ifPresent(status -> judge(pod, status, sink))));
            }
        }
    }

    private static void judge(K8sObject pod, YMap status, FindingSink sink) {
        status.path("state", "waiting", "reason").flatMap(YNode::asScalar).ifPresent(reason -> {
            String remedy = REMEDIES.get(reason.text());
            if (remedy == null) {
                return;
            }
            String restarts = status.scalar("restartCount").flatMap(YScalar::asLong).filter(n -> n > 0)
                    .map(n -> " (" + n + (n == 1 ? " restart)" : " restarts)")).orElse("");
            sink.report(ClusterSnapshot.locate(pod, reason), pod.ref(), "container \"" + status.string("name").orElse("")
                    + "\" of Pod " + pod.ref().namespace() + "/" + pod.ref().name() + " is in " + reason.text() + restarts
                    + ": " + remedy);
        });
    }
}
