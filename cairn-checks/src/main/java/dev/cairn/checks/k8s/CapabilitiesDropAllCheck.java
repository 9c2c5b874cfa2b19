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
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;

/**
 * The Restricted profile: drop ALL capabilities and add back at most NET_BIND_SERVICE. Dropping ALL also
 * drops NET_RAW, so there is no separate NET_RAW check; adding back a dangerous capability is
 * {@link DangerousCapabilityCheck}'s finding, not this one's.
 */
public final class CapabilitiesDropAllCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-011", "capabilities-drop-all")
            .title("Container does not drop ALL capabilities")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .compliance(cis("5.2.8", "Minimize the admission of containers with the NET_RAW capability"),
                    cis("5.2.10", "Minimize the admission of containers with capabilities assigned"),
                    pss("restricted", "Capabilities"))
            .equivalent(Peer.POLARIS, "insecureCapabilities")
            .equivalent(Peer.KUBE_LINTER, "drop-net-raw-capability")
            .equivalent(Peer.KUBESCAPE, "C-0201")
            .equivalent(Peer.KUBESCAPE, "C-0199")
            .equivalent(Peer.KUBESCAPE, "C-0200")
            .equivalent(Peer.CHECKOV, "CKV_K8S_37")
            .equivalent(Peer.CHECKOV, "CKV_K8S_28")
            .equivalent(Peer.CHECKOV, "CKV_K8S_25")
            .equivalent(Peer.TRIVY, "KSV-0003")
            .equivalent(Peer.TRIVY, "KSV-0004")
            .equivalent(Peer.TRIVY, "KSV-0119")
            .equivalent(Peer.TRIVY, "KSV-0022")
            .equivalent(Peer.TRIVY, "KSV-0106")
            .build();

    private static final String FIX = ": add securityContext.capabilities.drop: [ALL]";

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        if (container.pod().isWindows()) {
            return;
        }
        boolean dropsAll = Capabilities.items(container, "drop").stream()
                .anyMatch(s -> Capabilities.normalize(s.text()).equals("ALL"));
        if (!dropsAll) {
            Optional<YEntry> drop = Capabilities.entry(container, "drop");
            if (drop.isPresent()) {
                sink.report(drop.get(), describe(container) + " drops some capabilities but not ALL" + FIX);
            } else {
                YNode at = container.securityContext().flatMap(sc -> sc.map("capabilities")).map(m -> (YNode) m)
                        .or(() -> container.securityContext().map(m -> (YNode) m)).orElse(container.node());
                sink.report(at, describe(container) + " keeps the runtime's default capabilities, NET_RAW among them" + FIX);
            }
        }
        for (YScalar item : Capabilities.items(container, "add")) {
            String name = Capabilities.normalize(item.text());
            if (Capabilities.BASELINE.contains(name) && !name.equals("NET_BIND_SERVICE")) {
                sink.report(item, describe(container) + " adds back capability " + name
                        + ": after drop ALL, add back only NET_BIND_SERVICE, and only to bind a port below 1024");
            }
        }
    }
}
