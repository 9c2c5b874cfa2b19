package dev.cairn.checks.network;

import static dev.cairn.core.check.ComplianceRef.nsa;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.Peer;
import dev.cairn.core.model.Severity;
import java.util.Set;

/**
 * A pod that no NetworkPolicy selects accepts connections from every pod of the cluster and may connect
 * anywhere. A policy selects the pods of its own namespace that match its {@code podSelector}; an empty
 * selector selects them all. A namespace left unspecified matches only another unspecified one.
 * {@code matchExpressions} are evaluated; an expression cairn cannot read is assumed to match. Where
 * Cilium or Calico policies apply, which cairn does not evaluate, it stays silent.
 */
public final class NetworkPolicyCoverageCheck implements IndexCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-054", "network-policy-coverage")
            .title("Workload is selected by no NetworkPolicy")
            .severity(Severity.MEDIUM)
            .criteria("TEC-30")
            .compliance(nsa("Network separation and hardening: network policies"))
            .equivalent(Peer.POLARIS, "missingNetworkPolicy")
            .equivalent(Peer.KUBE_LINTER, "non-isolated-pod")
            .equivalent(Peer.KUBE_SCORE, "pod-networkpolicy")
            .equivalent(Peer.KUBESCAPE, "C-0260")
            .equivalent(Peer.KUBESCAPE, "C-0030")
            .equivalent(Peer.CHECKOV, "CKV2_K8S_6")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        return index.objects().stream().anyMatch(Pods::running);
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        NetworkPolicies policies = NetworkPolicies.of(index);
        Set<ObjectSummary> selected = policies.selected(index);
        for (ObjectSummary workload : index.objects()) {
            if (!Pods.running(workload) || selected.contains(workload) || policies.pluginMayApply(workload)) {
                continue;
            }
            String where = workload.namespace() == null ? "among the policies without a namespace"
                    : "in namespace " + workload.namespace();
            sink.report(workload, Services.describe(workload.ref())
                    + " is selected by no NetworkPolicy " + where + ", so every pod can reach it and it can reach"
                    + " anything: add a default-deny policy (podSelector: {}) and allow the traffic it needs");
        }
    }
}
