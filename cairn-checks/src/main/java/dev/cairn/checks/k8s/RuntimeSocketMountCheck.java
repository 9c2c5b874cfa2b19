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
 * Whoever can talk to the container runtime's socket (Docker, containerd, CRI-O, Podman) can start a
 * privileged container on the node: mounting it is root on the node. Directories above a socket (and
 * {@code /} itself) expose it too. K8S-005 reports every hostPath as well; this check singles out the worst.
 */
public final class RuntimeSocketMountCheck extends PodSpecCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-012", "container-runtime-socket")
            .title("Pod mounts the container runtime socket of the node")
            .severity(Severity.CRITICAL)
            .criteria("TEC-8")
            .compliance(cis("5.2.12", "Minimize the admission of HostPath volumes"),
                    pss("baseline", "HostPath Volumes"))
            .equivalent(Peer.KUBE_LINTER, "docker-sock")
            .equivalent(Peer.KUBESCAPE, "C-0074")
            .equivalent(Peer.CHECKOV, "CKV_K8S_27")
            .equivalent(Peer.TRIVY, "KSV-0006")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(PodSpecView pod, FindingSink sink) {
        for (HostPaths.Volume volume : HostPaths.volumes(pod)) {
            HostPaths.runtimeSocket(HostPaths.normalize(volume.path())).ifPresent(what ->
                    sink.report(volume.at(), describe(pod) + " mounts host path \"" + volume.path() + "\" ("
                            + what + ") as volume \"" + volume.name() + "\", which gives control of every container on"
                            + " the node: build images with a daemonless builder (BuildKit rootless, kaniko, buildah)"
                            + " and read container data through the Kubernetes API instead"));
        }
    }
}
