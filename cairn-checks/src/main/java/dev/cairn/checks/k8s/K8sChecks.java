package dev.cairn.checks.k8s;

import dev.cairn.core.check.Check;
import java.util.List;

/** The checks on Kubernetes workloads and objects. */
public final class K8sChecks {
    private K8sChecks() {}

    public static List<Check> all() {
        return List.of(
                new PrivilegedContainerCheck(),
                new PrivilegeEscalationCheck(),
                new RunAsNonRootCheck(),
                new HostNamespacesCheck(),
                new HostPathVolumeCheck(),
                new ReadinessProbeCheck(),
                new MemoryLimitCheck(),
                new DefaultNamespaceCheck());
    }
}
