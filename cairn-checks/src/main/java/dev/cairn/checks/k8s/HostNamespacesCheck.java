package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;
import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.PodSpecCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YScalar;
import java.util.Map;

/** Sharing the host's network, process or IPC namespace removes the isolation a container relies on. */
public final class HostNamespacesCheck extends PodSpecCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-004", "host-namespaces")
            .title("Pod shares the host network, PID or IPC namespace")
            .severity(Severity.HIGH)
            .criteria("TEC-8")
            .compliance(cis("5.2.3", "Minimize the admission of containers wishing to share the host process ID namespace"),
                    cis("5.2.4", "Minimize the admission of containers wishing to share the host IPC namespace"),
                    cis("5.2.5", "Minimize the admission of containers wishing to share the host network namespace"),
                    pss("baseline", "Host Namespaces"))
            .equivalent(Peer.POLARIS, "hostNetworkSet")
            .equivalent(Peer.POLARIS, "hostPIDSet")
            .equivalent(Peer.POLARIS, "hostIPCSet")
            .equivalent(Peer.KUBE_LINTER, "host-network")
            .equivalent(Peer.KUBE_LINTER, "host-pid")
            .equivalent(Peer.KUBE_LINTER, "host-ipc")
            .equivalent(Peer.KUBESCAPE, "C-0041")
            .equivalent(Peer.KUBESCAPE, "C-0038")
            .equivalent(Peer.CHECKOV, "CKV_K8S_19")
            .equivalent(Peer.CHECKOV, "CKV_K8S_17")
            .equivalent(Peer.CHECKOV, "CKV_K8S_18")
            .equivalent(Peer.TRIVY, "KSV-0009")
            .equivalent(Peer.TRIVY, "KSV-0010")
            .equivalent(Peer.TRIVY, "KSV-0008")
            .build();

    private static final Map<String, String> FIELDS = Map.of(
            "hostNetwork", "network", "hostPID", "process (PID)", "hostIPC", "IPC");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(PodSpecView pod, FindingSink sink) {
        for (String field : new String[] {"hostNetwork", "hostPID", "hostIPC"}) {
            pod.spec().entry(field).filter(e -> e.value() instanceof YScalar s && s.isTrue()).ifPresent(e ->
                    sink.report(e, describe(pod) + " shares the host's " + FIELDS.get(field)
                            + " namespace: remove " + field + " or set it to false"));
        }
    }
}
