package dev.cairn.checks.cluster;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.model.Severity;
import java.util.List;

/**
 * Level 1 asks that development and operations can see the cluster. A dashboard running in it (Kubernetes
 * Dashboard, Headlamp, Grafana) is one way; a desktop tool or a cloud console is another, so this is information.
 */
public final class ClusterDashboardCheck extends ClusterComponentCheck {
    static final List<String> DASHBOARDS = List.of("kubernetes-dashboard", "dashboard", "headlamp", "grafana");

    private static final CheckSpec SPEC = CheckSpec.builder("CLU-004", "cluster-dashboard")
            .title("No cluster dashboard runs in the cluster")
            .severity(Severity.INFO)
            .criteria("TEC-7")
            .inputs(InputKind.CLUSTER)
            .build();

    public ClusterDashboardCheck() {
        super(Workloads.CONTROLLERS, DASHBOARDS, "no dashboard (Kubernetes Dashboard, Headlamp, Grafana) runs in the"
                + " cluster: make sure development and operations see it another way, or install one");
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }
}
