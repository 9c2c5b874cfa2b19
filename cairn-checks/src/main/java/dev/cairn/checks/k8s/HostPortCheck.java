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

/**
 * A {@code hostPort} opens the port on the node's own address: it bypasses Services and most network
 * policies and limits the pod to one replica per node. {@code hostPort: 0} means unset.
 */
public final class HostPortCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-014", "host-port")
            .title("Container binds a port of the node (hostPort)")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .compliance(cis("5.2.13", "Minimize the admission of containers which use HostPorts"),
                    pss("baseline", "Host Ports"))
            .equivalent(Peer.POLARIS, "hostPortSet")
            .equivalent(Peer.KUBESCAPE, "C-0044")
            .equivalent(Peer.CHECKOV, "CKV_K8S_26")
            .equivalent(Peer.TRIVY, "KSV-0024")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        for (YEntry entry : container.portEntries("hostPort")) {
            long value = entry.value().asScalar().flatMap(YScalar::asLong).orElse(0L);
            if (value > 0) {
                sink.report(entry, describe(container) + " binds port " + value + " of the node (hostPort: "
                        + value + "): remove hostPort and reach the pod through a Service");
            }
        }
    }
}
