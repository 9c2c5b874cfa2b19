package dev.cairn.checks.network;

import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.k8s.LabelSelector;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network policies of a scan. Kubernetes NetworkPolicies are judged by their pod selector; policies of
 * CNI plugins (Cilium, Calico) are not summarised, so cairn only notes where they are and stays silent there.
 */
record NetworkPolicies(List<ObjectSummary> policies, List<ObjectSummary> pluginPolicies, boolean clusterWide) {
    private static final LabelSelector EVERY_POD = new LabelSelector(Map.of(), List.of());


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
     * policies' side, so that a workload is not compared with every policy of its namespace.
     */
    Set<ObjectSummary> selected(ObjectIndex index) {
        Set<ObjectSummary> selected = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ObjectSummary policy : policies) {
            LabelSelector selector = policy.labelSelector() == null ? EVERY_POD : policy.labelSelector();
            selected.addAll(index.selectedBy(policy.namespace(), selector));
        }
        return selected;
    }

    /** Whether a plugin policy that cairn cannot evaluate may apply to the workload's namespace. */
    boolean pluginMayApply(ObjectSummary workload) {
        return clusterWide || pluginPolicies.stream().anyMatch(p -> Pods.sameNamespace(p, workload));
    }
}
