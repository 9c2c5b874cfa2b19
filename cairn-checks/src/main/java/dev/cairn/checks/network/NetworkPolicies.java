package dev.cairn.checks.network;

import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import java.util.List;
import java.util.Map;

/**
 * The network policies of a scan. Kubernetes NetworkPolicies are judged by their pod selector; policies of
 * CNI plugins (Cilium, Calico) are not summarised, so cairn only notes where they are and stays silent there.
 */
record NetworkPolicies(List<ObjectSummary> policies, List<ObjectSummary> pluginPolicies, boolean clusterWide,
        Map<String, List<ObjectSummary>> byNamespace) {

    static NetworkPolicies of(ObjectIndex index) {
        List<ObjectSummary> policies = index.objects().stream().filter(NetworkPolicies::isKubernetesPolicy).toList();
        List<ObjectSummary> plugin = index.objects().stream().filter(NetworkPolicies::isPluginPolicy).toList();
        boolean clusterWide = index.objects().stream().anyMatch(NetworkPolicies::isClusterWidePluginPolicy);
        return new NetworkPolicies(policies, plugin, clusterWide, index.byNamespace(NetworkPolicies::isKubernetesPolicy));
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
     * Whether a Kubernetes NetworkPolicy selects the workload's pods. A missing {@code podSelector} is the
     * empty selector, which selects every pod of the namespace, as the API decodes it.
     */
    boolean selects(ObjectSummary workload) {
        Map<String, String> labels = workload.podLabels();
        return byNamespace.getOrDefault(workload.namespace(), List.of()).stream()
                .anyMatch(p -> p.labelSelector() == null || p.labelSelector().matches(labels));
    }

    /** Whether a plugin policy that cairn cannot evaluate may apply to the workload's namespace. */
    boolean pluginMayApply(ObjectSummary workload) {
        return clusterWide || pluginPolicies.stream().anyMatch(p -> Pods.sameNamespace(p, workload));
    }
}
