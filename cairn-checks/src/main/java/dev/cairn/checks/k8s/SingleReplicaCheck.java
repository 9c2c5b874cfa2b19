package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;
import java.util.Set;

/**
 * One replica means every rollout, node drain or crash is downtime. {@code spec.replicas} defaults to 1,
 * so a missing field counts too; {@code replicas: 0} (scaled down on purpose) does not. A
 * HorizontalPodAutoscaler owning the count is not visible to a per-object check: suppress the finding there.
 */
public final class SingleReplicaCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-029", "single-replica")
            .title("Deployment or StatefulSet runs a single replica")
            .severity(Severity.LOW)
            .criteria("TEC-24")
            .equivalent(Peer.POLARIS, "deploymentMissingReplicas")
            .equivalent(Peer.KUBE_LINTER, "minimum-three-replicas")
            .equivalent(Peer.KUBE_SCORE, "deployment-replicas")
            .build();

    private static final String FIX = ": run at least 2 replicas (and a PodDisruptionBudget) so that a rollout"
            + " or node drain does not take it down";

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("Deployment", "StatefulSet");
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return object.kind().equals("Deployment") || object.kind().equals("StatefulSet");
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        String name = object.kind() + " " + (object.ref().namespace() == null ? "" : object.ref().namespace() + "/")
                + object.ref().name();
        Optional<YEntry> replicas = object.root().map("spec").flatMap(s -> s.entry("replicas"));
        if (replicas.isPresent()) {
            Optional<Long> count = replicas.get().value().asScalar().flatMap(YScalar::asLong);
            if (count.isPresent() && count.get() == 1L) {
                sink.report(replicas.get(), name + " runs a single replica" + FIX);
            }
            return;
        }
        YNode at = object.root().map("spec").map(s -> (YNode) s).orElse(object.root());
        sink.report(at, name + " sets no spec.replicas, so it runs a single replica" + FIX
                + " (if a HorizontalPodAutoscaler manages it, suppress this finding)");
    }
}
