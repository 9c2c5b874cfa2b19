package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;

/**
 * A container that declares {@code containerPort: 22} runs, or is meant to run, an SSH server: a second
 * way into the pod beside the application, with keys to manage and a daemon to patch. The Dockerfile
 * counterpart is DKR-015. Only the declared port is judged; an SSH server on another port is not seen.
 */
public final class SshPortCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-076", "container-ssh-port")
            .title("Container exposes the SSH port")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .equivalent(Peer.KUBE_LINTER, "ssh-port")
            .equivalent(Peer.KUBESCAPE, "C-0042")
            .build();

    private static final long SSH = 22;

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        for (YEntry entry : container.portEntries("containerPort")) {
            if (entry.value().asScalar().flatMap(YScalar::asLong).orElse(0L) == SSH) {
                sink.report(entry, describe(container) + " exposes port 22, the SSH port: a way into the pod"
                        + " beside the application; drop the SSH server and use kubectl exec, or kubectl debug"
                        + " for a temporary debugging container");
            }
        }
    }
}
