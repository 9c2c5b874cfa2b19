package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.PodSpecCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.Set;

/**
 * Only a few sysctls are isolated per pod; the rest change the whole node or let one pod starve others.
 * The safe set is the one Kubernetes (kubelet and Pod Security Baseline, v1.32) accepts by default;
 * sysctl names may use {@code /} instead of {@code .} as separator.
 */
public final class UnsafeSysctlCheck extends PodSpecCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-019", "unsafe-sysctl")
            .title("Pod sets a sysctl outside the safe set")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .compliance(pss("baseline", "Sysctls"))
            .equivalent(Peer.KUBE_LINTER, "unsafe-sysctls")
            .equivalent(Peer.TRIVY, "KSV-0026")
            .build();

    static final Set<String> SAFE = Set.of(
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_local_reserved_ports",
            "net.ipv4.tcp_keepalive_time",
            "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl",
            "net.ipv4.tcp_keepalive_probes",
            "net.ipv4.tcp_rmem",
            "net.ipv4.tcp_wmem");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(PodSpecView pod, FindingSink sink) {
        pod.securityContext().flatMap(sc -> sc.seq("sysctls")).ifPresent(sysctls -> {
            for (YNode item : sysctls.items()) {
                item.asMap().flatMap(m -> m.entry("name")).ifPresent(entry -> {
                    String name = entry.value().asScalar().flatMap(YScalar::string).orElse("");
                    if (!name.isEmpty() && !SAFE.contains(name.replace('/', '.'))) {
                        sink.report(entry, describe(pod) + " sets sysctl \"" + name + "\", which is not isolated to"
                                + " the pod: remove it, or tune the nodes of a dedicated node pool instead");
                    }
                });
            }
        });
    }
}
