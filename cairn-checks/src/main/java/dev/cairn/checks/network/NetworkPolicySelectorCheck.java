package dev.cairn.checks.network;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.LabelSelector;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * A NetworkPolicy whose non-empty {@code podSelector} matches the pod labels of no workload in its namespace
 * protects nothing, usually because of a typo or a label that changed. Judged only where the repository has
 * workloads in that namespace (an unspecified namespace matches only another unspecified one), since the
 * pods may otherwise come from elsewhere. Pods made from the template a custom resource embeds (an agent
 * SandboxTemplate, an Argo Rollout) count as selected. {@code matchExpressions} are evaluated; an expression
 * cairn cannot read is assumed to match, so the check errs towards silence.
 */
public final class NetworkPolicySelectorCheck implements IndexCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-064", "network-policy-selects-nothing")
            .title("NetworkPolicy selects no workload of its namespace")
            .severity(Severity.LOW)
            .criteria("TEC-30")
            .equivalent(Peer.KUBE_LINTER, "dangling-networkpolicy")
            .equivalent(Peer.KUBE_SCORE, "networkpolicy-targets-pod")
            .equivalent(Peer.KUBESCAPE, "C-0299")
            .equivalent(Peer.TRIVY, "KSV-0038")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        Map<String, List<ObjectSummary>> workloads = index.byNamespace(Pods::running);
        return index.objects().stream().anyMatch(p -> judged(p) && !workloadsBeside(p, workloads).isEmpty());
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        Map<String, List<ObjectSummary>> byNamespace = index.byNamespace(Pods::running);
        for (ObjectSummary policy : index.objects()) {
            if (!judged(policy)) {
                continue;
            }
            List<ObjectSummary> workloads = workloadsBeside(policy, byNamespace);
            LabelSelector selector = policy.labelSelector();
            if (workloads.isEmpty() || index.selectedBy(policy.namespace(), selector).stream()
                    .anyMatch(o -> Pods.running(o) || Pods.templated(o))) {
                continue;
            }
            sink.report(policy, Services.describe(policy.ref()) + " selects no pods: its"
                    + " podSelector " + Selectors.describe(selector) + " matches none of the " + Selectors.workloads(workloads.size())
                    + " " + Selectors.where(policy.namespace(), "workloads") + ", so it restricts nothing: make the selector match the pod template labels");
        }
    }

    /** Kubernetes NetworkPolicies with a non-empty pod selector; an empty one selects every pod. */
    private static boolean judged(ObjectSummary o) {
        return NetworkPolicies.isKubernetesPolicy(o) && o.labelSelector() != null && !o.labelSelector().isEmpty();
    }

    private static List<ObjectSummary> workloadsBeside(ObjectSummary policy, Map<String, List<ObjectSummary>> byNamespace) {
        return byNamespace.getOrDefault(policy.namespace(), List.of());
    }
}
