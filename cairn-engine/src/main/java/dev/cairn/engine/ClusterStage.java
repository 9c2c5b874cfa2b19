package dev.cairn.engine;

import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges what was read from a cluster: the manifest checks on the objects a team declares (not the pods
 * and ReplicaSets their controllers made), the cross-object checks over the cluster's own index (never
 * mixed with the repository's: a policy in the cluster does not cover a manifest), then the cluster-only
 * checks.
 */
final class ClusterStage {
    private ClusterStage() {}

    static List<Finding> check(ClusterSnapshot cluster, CheckRunner runner, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        List<ObjectSummary> summaries = new ArrayList<>();
        for (K8sObject object : cluster.judged()) {
            findings.addAll(runner.onObject(object));
            summaries.add(ObjectSummary.of(object));
        }
        findings.addAll(runner.onIndex(new ObjectIndex(summaries)));
        findings.addAll(runner.onCluster(cluster, today));
        return findings;
    }
}
