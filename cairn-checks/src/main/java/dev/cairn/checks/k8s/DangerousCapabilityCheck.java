package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;
import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YScalar;
import java.util.Map;

/**
 * Adding a capability outside the Pod Security Baseline set (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, BPF, ALL...)
 * hands the container a piece of root on the node. The Baseline set itself is what runtimes grant anyway,
 * so adding one of those is left to {@link CapabilitiesDropAllCheck}.
 */
public final class DangerousCapabilityCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-010", "dangerous-capability")
            .title("Container adds a capability outside the Pod Security Baseline set")
            .severity(Severity.HIGH)
            .criteria("TEC-8")
            .compliance(cis("5.2.9", "Minimize the admission of containers with added capabilities"),
                    pss("baseline", "Capabilities"))
            .equivalent(Peer.POLARIS, "dangerousCapabilities")
            .equivalent(Peer.KUBESCAPE, "C-0046")
            .equivalent(Peer.CHECKOV, "CKV_K8S_39")
            .equivalent(Peer.TRIVY, "KSV-0005")
            .equivalent(Peer.TRIVY, "KSV-0120")
            .build();

    /** Why the most common ones matter, for the message. */
    private static final Map<String, String> WHY = Map.ofEntries(
            Map.entry("ALL", "every capability, nearly privileged"),
            Map.entry("SYS_ADMIN", "mounts, namespaces and much more: close to root on the node"),
            Map.entry("NET_ADMIN", "reconfigures interfaces, routes and firewall rules"),
            Map.entry("NET_RAW", "forges packets and spoofs addresses"),
            Map.entry("SYS_MODULE", "loads kernel modules"),
            Map.entry("SYS_PTRACE", "inspects and alters other processes"),
            Map.entry("SYS_RAWIO", "raw access to devices and memory"),
            Map.entry("SYS_BOOT", "reboots the node"),
            Map.entry("SYS_TIME", "sets the node's clock"),
            Map.entry("BPF", "loads eBPF programs into the kernel"),
            Map.entry("PERFMON", "reads kernel performance data, often with BPF"),
            Map.entry("DAC_READ_SEARCH", "reads any file, bypassing permissions"),
            Map.entry("MAC_ADMIN", "changes AppArmor or SELinux policy"),
            Map.entry("SYSLOG", "reads the kernel log and addresses"));

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        if (container.pod().isWindows()) {
            return;
        }
        for (YScalar item : Capabilities.items(container, "add")) {
            String name = Capabilities.normalize(item.text());
            if (!Capabilities.BASELINE.contains(name)) {
                String why = WHY.containsKey(name) ? " (" + WHY.get(name) + ")" : "";
                sink.report(item, describe(container) + " adds capability " + name + why
                        + ": remove it from securityContext.capabilities.add, or run this as a reviewed node agent");
            }
        }
    }
}
