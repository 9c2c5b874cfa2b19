package dev.cairn.checks.cluster;

import dev.cairn.core.check.ClusterCheck;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.cluster.ClusterSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Template of the checks that ask whether a component runs somewhere in the cluster (metrics-server, a
 * dashboard, a log shipper): judged only when the whole cluster was read, since a missing component in one
 * namespace proves nothing, and reported once at the cluster when no workload of the given kinds is named
 * after it or runs its image.
 */
abstract class ClusterComponentCheck implements ClusterCheck {
    private final Set<String> kinds;
    private final List<String> names;
    private final String missing;

    ClusterComponentCheck(Set<String> kinds, List<String> names, String missing) {
        this.kinds = kinds;
        this.names = names;
        this.missing = missing;
    }

    @Override
    public final boolean appliesTo(ClusterSnapshot cluster) {
        return Workloads.wholeCluster(cluster);
    }

    @Override
    public final void check(ClusterSnapshot cluster, LocalDate today, FindingSink sink) {
        if (Workloads.named(cluster, kinds, names).isEmpty()) {
            sink.report(cluster.location(), null, missing);
        }
    }
}
