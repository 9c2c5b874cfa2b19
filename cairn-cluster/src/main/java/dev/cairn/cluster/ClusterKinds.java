package dev.cairn.cluster;

import java.util.List;

/**
 * Everything {@code cairn cluster} lists, in the order a snapshot holds it. deploy/cluster-reader grants
 * exactly these (get and list), and a test holds the two together. Secrets and ConfigMaps are never read:
 * no check needs their data, and a snapshot is meant to be shared.
 */
public final class ClusterKinds {
    public static final List<ClusterKind> ALL = List.of(
            new ClusterKind("", "v1", "namespaces", "Namespace", false),
            new ClusterKind("", "v1", "nodes", "Node", false),
            new ClusterKind("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", false),
            new ClusterKind("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false),
            new ClusterKind("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", false),
            new ClusterKind("rbac.authorization.k8s.io", "v1", "roles", "Role", true),
            new ClusterKind("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", true),
            new ClusterKind("", "v1", "serviceaccounts", "ServiceAccount", true),
            new ClusterKind("apps", "v1", "deployments", "Deployment", true),
            new ClusterKind("apps", "v1", "statefulsets", "StatefulSet", true),
            new ClusterKind("apps", "v1", "daemonsets", "DaemonSet", true),
            new ClusterKind("apps", "v1", "replicasets", "ReplicaSet", true),
            new ClusterKind("batch", "v1", "jobs", "Job", true),
            new ClusterKind("batch", "v1", "cronjobs", "CronJob", true),
            new ClusterKind("", "v1", "pods", "Pod", true),
            new ClusterKind("autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler", true),
            new ClusterKind("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", true),
            new ClusterKind("", "v1", "services", "Service", true),
            new ClusterKind("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", true),
            new ClusterKind("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", true),
            new ClusterKind("networking.k8s.io", "v1", "ingressclasses", "IngressClass", false),
            new ClusterKind("networking.k8s.io", "v1", "ingresses", "Ingress", true),
            new ClusterKind("gateway.networking.k8s.io", "v1", "gatewayclasses", "GatewayClass", false),
            new ClusterKind("gateway.networking.k8s.io", "v1", "gateways", "Gateway", true),
            new ClusterKind("gateway.networking.k8s.io", "v1", "httproutes", "HTTPRoute", true),
            new ClusterKind("", "v1", "events", "Event", true));

    private ClusterKinds() {}
}
