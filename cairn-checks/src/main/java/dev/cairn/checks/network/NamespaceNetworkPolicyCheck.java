package dev.cairn.checks.network;

import static dev.cairn.core.check.ComplianceRef.cis;
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
 * A Namespace that the repository defines but gives no NetworkPolicy leaves all its pods open. A policy
 * whose namespace the manifest leaves unspecified may well land in it (kustomize, {@code kubectl -n}), so
 * while such a policy exists the check stays silent; so it does where Cilium or Calico policies apply.
 * The {@code kube-*} namespaces are the cluster's own.
 */
public final class NamespaceNetworkPolicyCheck implements IndexCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-055", "namespace-network-policy")
            .title("Namespace has no NetworkPolicy")
            .severity(Severity.MEDIUM)
            .criteria("TEC-30")
            .compliance(cis("5.3.2", "Ensure that all Namespaces have Network Policies defined"),
                    nsa("Network separation and hardening: network policies"))
            .equivalent(Peer.KUBESCAPE, "C-0054")
            .equivalent(Peer.KUBESCAPE, "C-0206")
            .build();

    private static final Set<String> SYSTEM = Set.of("kube-system", "kube-public", "kube-node-lease");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        return index.objects().stream().anyMatch(NamespaceNetworkPolicyCheck::isApplicationNamespace);
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        NetworkPolicies policies = NetworkPolicies.of(index);
        boolean unplaced = policies.policies().stream().anyMatch(p -> p.namespace() == null)
                || policies.pluginPolicies().stream().anyMatch(p -> p.namespace() == null);
        if (unplaced || policies.clusterWide()) {
            return;
        }
        for (ObjectSummary namespace : index.objects()) {
            if (!isApplicationNamespace(namespace)) {
                continue;
            }
            String name = namespace.ref().name();
            boolean covered = policies.policies().stream().anyMatch(p -> name.equals(p.namespace()))
                    || policies.pluginPolicies().stream().anyMatch(p -> name.equals(p.namespace()));
            if (!covered) {
                sink.report(namespace, "Namespace " + name
                        + " has no NetworkPolicy, so its pods accept traffic from everywhere"
                        + ": add a default-deny policy (podSelector: {}) to it");
            }
        }
    }

    private static boolean isApplicationNamespace(ObjectSummary o) {
        return o.ref().kind().equals("Namespace") && o.ref().apiVersion().equals("v1") && !SYSTEM.contains(o.ref().name());
    }
}
