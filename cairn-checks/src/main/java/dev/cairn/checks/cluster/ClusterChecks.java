package dev.cairn.checks.cluster;

import dev.cairn.core.check.Check;
import java.util.List;

/**
 * The checks that only a live cluster or a snapshot of one can answer: what runs in it, its version, the
 * state of its pods. Run only when a cluster was read. Subjects bound to cluster-admin, anonymous bindings
 * and pods without owners are the manifest checks K8S-045, K8S-046 and K8S-028, which judge cluster objects too.
 */
public final class ClusterChecks {
    private ClusterChecks() {}

    public static List<Check> all() {
        return List.of(
                new NamespacePodSecurityCheck(),
                new ApiServerSupportCheck(),
                new MetricsServerCheck(),
                new ClusterDashboardCheck(),
                new LogShipperCheck(),
                new ContainerBackOffCheck(),
                new KubeletVersionSkewCheck());
    }
}
