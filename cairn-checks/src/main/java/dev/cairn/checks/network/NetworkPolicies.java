package dev.cairn.checks.network;

import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.k8s.LabelSelector;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The network policies of a scan. Kubernetes NetworkPolicies are judged by their pod selector; policies of
 * CNI plugins (Cilium, Calico) are not summarised, so cairn only notes where they are and stays silent there.
 */
record NetworkPolicies(List<ObjectSummary> policies, List<ObjectSummary> pluginPolicies, boolean clusterWide) {

    static NetworkPolicies of(ObjectIndex index) {
        List<ObjectSummary> policies = index.objects().stream().filter(NetworkPolicies::isKubernetesPolicy).toList();
        List<ObjectSummary> plugin = index.objects().stream().filter(NetworkPolicies::isPluginPolicy).toList();
        boolean clusterWide = index.objects().stream().anyMatch(NetworkPolicies::isClusterWidePluginPolicy);
        return new NetworkPolicies(policies, plugin, clusterWide);
    }

    static boolean isKubernetesPolicy(ObjectSummary o) {
        return o.ref().kind().equals("NetworkPolicy") && o.ref().apiVersion().startsWith("networking.k8s.io/");
    }

    private static boolean isPluginPolicy(ObjectSummary o) {
        String group = o.ref().apiVersion();
        return (o.ref().kind().equals("CiliumNetworkPolicy") && group.startsWith("cilium.io/"))
                || (o.ref().kind().equals("NetworkPolicy") && isCalico(group));
    }

    private static boolean isClusterWidePluginPolicy(ObjectSummary o) {
        String group = o.ref().apiVersion();
        return (o.ref().kind().equals("CiliumClusterwideNetworkPolicy") && group.startsWith("cilium.io/"))
                || (o.ref().kind().equals("GlobalNetworkPolicy") && isCalico(group));
    }

    private static boolean isCalico(String apiVersion) {
        return apiVersion.startsWith("projectcalico.org/") || apiVersion.startsWith("crd.projectcalico.org/");
    }

    /**
     * The workloads whose pods some Kubernetes NetworkPolicy selects. A missing {@code podSelector} is the
     * empty selector, which selects every pod of the namespace, as the API decodes it. Worked out from the
     * policies' side, each against the workloads that carry one of its labels, instead of asking every policy
     * of the namespace about every workload.
     */
    Selected selected(ObjectIndex index) {
        Set<String> wholeNamespaces = new HashSet<>();
        Set<ObjectSummary> workloads = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ObjectSummary policy : policies) {
            LabelSelector selector = policy.labelSelector();
            if (selector == null || selector.isEmpty()) {
                wholeNamespaces.add(policy.namespace());
                continue;
            }
            for (ObjectSummary workload : index.selectable(policy.namespace(), selector)) {
                if (selector.matches(workload.podLabels())) {
                    workloads.add(workload);
                }
            }
        }
        return new Selected(wholeNamespaces, workloads);
    }

    /** Namespaces (null: no namespace) where a policy selects every pod, and the workloads selected elsewhere. */
    record Selected(Set<String> wholeNamespaces, Set<ObjectSummary> workloads) {
        boolean contains(ObjectSummary workload) {
            return wholeNamespaces.contains(workload.namespace()) || workloads.contains(workload);
        }
    }

    /** Whether a plugin policy that cairn cannot evaluate may apply to the workload's namespace. */
    boolean pluginMayApply(ObjectSummary workload) {
        return clusterWide || pluginPolicies.stream().anyMatch(p -> Pods.sameNamespace(p, workload));
    }
}
