package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;
import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.PodSpecCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Severity;

/**
 * A hostPath into the node's own directories ({@code /etc}, {@code /proc}, {@code /sys}, {@code /root},
 * {@code /var/lib/kubelet}...) reads or changes the node's configuration, credentials and other pods' data.
 * Runtime sockets, and {@code /} which holds them, are {@link RuntimeSocketMountCheck}'s findings.
 */
public final class SensitiveHostPathCheck extends PodSpecCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-013", "sensitive-host-path")
            .title("Pod mounts a sensitive directory of the node")
            .severity(Severity.HIGH)
            .criteria("TEC-8")
            .compliance(cis("5.2.12", "Minimize the admission of HostPath volumes"),
                    pss("baseline", "HostPath Volumes"))
            .equivalent(Peer.KUBE_LINTER, "sensitive-host-mounts")
            .equivalent(Peer.KUBESCAPE, "C-0020")
            .equivalent(Peer.TRIVY, "KSV-0121")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(PodSpecView pod, FindingSink sink) {
        for (HostPaths.Volume volume : HostPaths.volumes(pod)) {
            String path = HostPaths.normalize(volume.path());
            if (HostPaths.runtimeSocket(path).isPresent()) {
                continue;
            }
            HostPaths.sensitive(path).ifPresent(what ->
                    sink.report(volume.at(), describe(pod) + " mounts host path \"" + volume.path() + "\" (" + what
                            + ") as volume \"" + volume.name() + "\": give the pod what it needs through a ConfigMap,"
                            + " Secret, projected volume or the Kubernetes API instead; a reviewed node agent mounts"
                            + " only the subdirectory it reads, readOnly"));
        }
    }
}
