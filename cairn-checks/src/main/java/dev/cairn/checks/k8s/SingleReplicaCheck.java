package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.Peer;
import dev.cairn.core.model.Severity;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One replica means every rollout, node drain or crash is downtime. {@code spec.replicas} defaults to 1,
 * so a missing field counts too; {@code replicas: 0} (scaled down on purpose) does not. A
 * HorizontalPodAutoscaler of the same namespace owns the count of the Deployment or StatefulSet it scales,
 * whatever the workload's own field says; which is why the check runs over the index, not per object. One
 * that keeps at least two replicas (or scales to zero on purpose) passes the workload; one that may scale it
 * down to one is where the finding points, at its {@code minReplicas} (or its {@code spec}, where the
 * default of 1 applies): the line to change. Otherwise the finding points at the workload's
 * {@code spec.replicas} (or {@code spec}).
 */
public final class SingleReplicaCheck implements IndexCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-029", "single-replica")
            .title("Deployment or StatefulSet runs a single replica")
            .severity(Severity.LOW)
            .criteria("TEC-24")
            .equivalent(Peer.POLARIS, "deploymentMissingReplicas")
            .equivalent(Peer.KUBE_LINTER, "minimum-three-replicas")
            .equivalent(Peer.KUBE_SCORE, "deployment-replicas")
            .equivalent(Peer.POLARIS, "hpaMinAvailability")
            .equivalent(Peer.KUBE_LINTER, "hpa-minimum-three-replicas")
            .equivalent(Peer.KUBE_SCORE, "horizontalpodautoscaler-replicas")
            .build();

    private static final String FIX = ": run at least 2 replicas (and a PodDisruptionBudget) so that a rollout"
            + " or node drain does not take it down";

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    /** Autoscalers settle the count; without them every autoscaled workload would look single. */
    @Override
    public Set<String> needsEvery() {
        return Set.of("HorizontalPodAutoscaler");
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        return index.objects().stream().anyMatch(o -> o.replicasAt() != null);
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        Map<List<String>, ObjectSummary> autoscalers = autoscalers(index);
        // one finding per autoscaler, however many manifests declare the workload it scales (alternatives of one app)
        Set<ObjectSummary> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ObjectSummary o : index.objects()) {
            if (o.replicasAt() == null) {
                continue;
            }
            String name = ObjectNames.describe(o.ref());
            ObjectSummary autoscaler = autoscalers.get(key(o.namespace(), o.ref().kind(), o.ref().name()));
            if (autoscaler != null) {
                // 0 scales to zero on purpose, like replicas: 0
                if (autoscaler.scaleTarget().minReplicas() == 1 && reported.add(autoscaler)) {
                    sink.report(autoscaler, autoscaler.scaleTarget().minReplicasAt(), ObjectNames.describe(autoscaler.ref())
                            + " lets " + name + " scale down to a single replica, so a rollout or node drain may take it"
                            + " down: set minReplicas to 2 or more (and add a PodDisruptionBudget)");
                }
                continue;
            }
            if (o.replicas() != null && o.replicas() != 1) {
                continue;
            }
            String what = o.replicas() == null ? " sets no spec.replicas, so it runs a single replica" : " runs a single replica";
            String hint = o.replicas() == null ? " (a HorizontalPodAutoscaler with minReplicas of 2 or more also does)" : "";
            sink.report(o, o.replicasAt(), name + what + FIX + hint);
        }
    }

    /** Per namespace, kind and name scaled, the autoscaler that keeps the most replicas. */
    private static Map<List<String>, ObjectSummary> autoscalers(ObjectIndex index) {
        Map<List<String>, ObjectSummary> out = new HashMap<>();
        for (ObjectSummary o : index.objects()) {
            ObjectSummary.ScaleTarget target = o.scaleTarget();
            if (target != null) {
                out.merge(key(o.namespace(), target.kind(), target.name()), o,
                        (a, b) -> a.scaleTarget().minReplicas() >= b.scaleTarget().minReplicas() ? a : b);
            }
        }
        return out;
    }

    private static List<String> key(String namespace, String kind, String name) {
        return Arrays.asList(namespace, kind, name);
    }
}
