package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;
import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;

/**
 * A Windows HostProcess container runs directly on the node, with the node's network and file system:
 * the Windows counterpart of a privileged container. Kubernetes reads {@code windowsOptions.hostProcess}
 * from the container, else from the pod.
 */
public final class WindowsHostProcessCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-022", "windows-host-process")
            .title("Container runs as a Windows HostProcess container")
            .severity(Severity.HIGH)
            .criteria("TEC-8")
            .compliance(cis("5.2.11", "Minimize the admission of Windows HostProcess Containers"),
                    pss("baseline", "HostProcess"))
            .equivalent(Peer.POLARIS, "hostProcess")
            .equivalent(Peer.KUBESCAPE, "C-0202")
            .equivalent(Peer.TRIVY, "KSV-0103")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        Optional<YEntry> own = container.securityContext().flatMap(sc -> sc.map("windowsOptions"))
                .flatMap(w -> w.entry("hostProcess"));
        Optional<YEntry> setting = own.or(() -> container.pod().securityContext()
                .flatMap(sc -> sc.map("windowsOptions")).flatMap(w -> w.entry("hostProcess")));
        setting.filter(e -> e.value() instanceof YScalar s && s.isTrue()).ifPresent(e ->
                sink.report(e, describe(container) + " runs as a HostProcess container on the node"
                        + (own.isEmpty() ? " (set on the pod)" : "")
                        + ": remove windowsOptions.hostProcess, or run it as a reviewed node agent"));
    }
}
