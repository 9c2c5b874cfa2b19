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
                new ResourceCeilingCheck(),
                new DefaultNamespaceCheck(),
                new DangerousCapabilityCheck(),
                new CapabilitiesDropAllCheck(),
                new RuntimeSocketMountCheck(),
                new SensitiveHostPathCheck(),
                new HostPortCheck(),
                new SshPortCheck(),
                new SeccompProfileCheck(),
                new AppArmorProfileCheck(),
                new SeLinuxOptionsCheck(),
                new ProcMountCheck(),
                new UnsafeSysctlCheck(),
                new ReadOnlyRootFilesystemCheck(),
                new ServiceAccountTokenCheck(),
                new WindowsHostProcessCheck(),
                new LowUserIdCheck(),
                new LivenessProbeCheck(),
                new CpuRequestCheck(),
                new MemoryRequestCheck(),
                new CpuLimitCheck(),
                new BarePodCheck(),
                new SingleReplicaCheck(),
                new AutoscalerTargetCheck(),
                new DuplicateEnvVarCheck(),
                new SelectorMatchCheck(),
                new DeprecatedServiceAccountCheck(),
                new SudoCommandCheck(),
                new ApiVersionRemovedCheck(),
                new ApiVersionDeprecatedCheck(),
                new DeprecatedLabelCheck(),
                new RequiredLabelsCheck());
    }
}
