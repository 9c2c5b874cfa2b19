package dev.cairn.checks.k8s;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes API versions that the deprecation guide (https://kubernetes.io/docs/reference/using-api/deprecation-guide/)
 * lists as removed, per kind, with the release that deprecated them (the release named in the API server's
 * deprecation warning, {@code "<apiVersion> <Kind> is deprecated in v1.X+, unavailable in v1.Y+"}). Only
 * group/version/kind triples are listed: a group/version may gain new kinds after an old one left it
 * ({@code networking.k8s.io/v1beta1} serves IPAddress and ServiceCIDR since 1.31), so a version alone says
 * nothing. Kept as data: a release that removes an API adds rows here and nowhere else.
 */
final class DeprecatedApis {
    private DeprecatedApis() {}

    /**
     * One deprecated kind of one API version.
     *
     * @param deprecatedIn the release that deprecated it, e.g. {@code 1.21}
     * @param removedIn    the first release that no longer serves it, e.g. {@code 1.25}
     * @param replacement  what to use instead, as {@code apiVersion Kind}; null when the API has no successor
     */
    record Entry(String apiVersion, String kind, String deprecatedIn, String removedIn, String replacement) {
        boolean removedBy(int targetMinor) {
            return KubeVersionParams.minor(removedIn) <= targetMinor;
        }

        boolean deprecatedBy(int targetMinor) {
            return KubeVersionParams.minor(deprecatedIn) <= targetMinor;
        }
    }

    private static final String NO_PSP = null;

    static final List<Entry> ENTRIES = List.of(
            // removed in 1.16
            e("extensions/v1beta1", "DaemonSet", "1.8", "1.16", "apps/v1 DaemonSet"),
            e("extensions/v1beta1", "Deployment", "1.8", "1.16", "apps/v1 Deployment"),
            e("extensions/v1beta1", "ReplicaSet", "1.8", "1.16", "apps/v1 ReplicaSet"),
            e("extensions/v1beta1", "NetworkPolicy", "1.9", "1.16", "networking.k8s.io/v1 NetworkPolicy"),
            e("extensions/v1beta1", "PodSecurityPolicy", "1.11", "1.16", NO_PSP),
            e("apps/v1beta1", "Deployment", "1.8", "1.16", "apps/v1 Deployment"),
            e("apps/v1beta1", "StatefulSet", "1.8", "1.16", "apps/v1 StatefulSet"),
            e("apps/v1beta2", "DaemonSet", "1.9", "1.16", "apps/v1 DaemonSet"),
            e("apps/v1beta2", "Deployment", "1.9", "1.16", "apps/v1 Deployment"),
            e("apps/v1beta2", "ReplicaSet", "1.9", "1.16", "apps/v1 ReplicaSet"),
            e("apps/v1beta2", "StatefulSet", "1.9", "1.16", "apps/v1 StatefulSet"),
            // removed in 1.22
            e("admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration", "1.16", "1.22",
                    "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration"),
            e("admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration", "1.16", "1.22",
                    "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration"),
            e("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", "1.16", "1.22",
                    "apiextensions.k8s.io/v1 CustomResourceDefinition"),
            e("apiregistration.k8s.io/v1beta1", "APIService", "1.19", "1.22", "apiregistration.k8s.io/v1 APIService"),
            e("authentication.k8s.io/v1beta1", "TokenReview", "1.19", "1.22", "authentication.k8s.io/v1 TokenReview"),
            e("authorization.k8s.io/v1beta1", "SubjectAccessReview", "1.19", "1.22",
                    "authorization.k8s.io/v1 SubjectAccessReview"),
            e("authorization.k8s.io/v1beta1", "LocalSubjectAccessReview", "1.19", "1.22",
                    "authorization.k8s.io/v1 LocalSubjectAccessReview"),
            e("authorization.k8s.io/v1beta1", "SelfSubjectAccessReview", "1.19", "1.22",
                    "authorization.k8s.io/v1 SelfSubjectAccessReview"),
            e("certificates.k8s.io/v1beta1", "CertificateSigningRequest", "1.19", "1.22",
                    "certificates.k8s.io/v1 CertificateSigningRequest"),
            e("coordination.k8s.io/v1beta1", "Lease", "1.19", "1.22", "coordination.k8s.io/v1 Lease"),
            e("extensions/v1beta1", "Ingress", "1.14", "1.22", "networking.k8s.io/v1 Ingress"),
            e("networking.k8s.io/v1beta1", "Ingress", "1.19", "1.22", "networking.k8s.io/v1 Ingress"),
            e("networking.k8s.io/v1beta1", "IngressClass", "1.19", "1.22", "networking.k8s.io/v1 IngressClass"),
            e("rbac.authorization.k8s.io/v1beta1", "ClusterRole", "1.17", "1.22", "rbac.authorization.k8s.io/v1 ClusterRole"),
            e("rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding", "1.17", "1.22",
                    "rbac.authorization.k8s.io/v1 ClusterRoleBinding"),
            e("rbac.authorization.k8s.io/v1beta1", "Role", "1.17", "1.22", "rbac.authorization.k8s.io/v1 Role"),
            e("rbac.authorization.k8s.io/v1beta1", "RoleBinding", "1.17", "1.22", "rbac.authorization.k8s.io/v1 RoleBinding"),
            e("scheduling.k8s.io/v1beta1", "PriorityClass", "1.14", "1.22", "scheduling.k8s.io/v1 PriorityClass"),
            e("storage.k8s.io/v1beta1", "CSIDriver", "1.19", "1.22", "storage.k8s.io/v1 CSIDriver"),
            e("storage.k8s.io/v1beta1", "CSINode", "1.17", "1.22", "storage.k8s.io/v1 CSINode"),
            e("storage.k8s.io/v1beta1", "StorageClass", "1.19", "1.22", "storage.k8s.io/v1 StorageClass"),
            e("storage.k8s.io/v1beta1", "VolumeAttachment", "1.19", "1.22", "storage.k8s.io/v1 VolumeAttachment"),
            // removed in 1.25
            e("batch/v1beta1", "CronJob", "1.21", "1.25", "batch/v1 CronJob"),
            e("discovery.k8s.io/v1beta1", "EndpointSlice", "1.21", "1.25", "discovery.k8s.io/v1 EndpointSlice"),
            e("events.k8s.io/v1beta1", "Event", "1.22", "1.25", "events.k8s.io/v1 Event"),
            e("autoscaling/v2beta1", "HorizontalPodAutoscaler", "1.22", "1.25", "autoscaling/v2 HorizontalPodAutoscaler"),
            e("policy/v1beta1", "PodDisruptionBudget", "1.21", "1.25", "policy/v1 PodDisruptionBudget"),
            e("policy/v1beta1", "PodSecurityPolicy", "1.21", "1.25", NO_PSP),
            e("node.k8s.io/v1beta1", "RuntimeClass", "1.22", "1.25", "node.k8s.io/v1 RuntimeClass"),
            // removed in 1.26
            e("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema", "1.23", "1.26", "flowcontrol.apiserver.k8s.io/v1 FlowSchema"),
            e("flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration", "1.23", "1.26",
                    "flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration"),
            e("autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.23", "1.26", "autoscaling/v2 HorizontalPodAutoscaler"),
            // removed in 1.27
            e("storage.k8s.io/v1beta1", "CSIStorageCapacity", "1.24", "1.27", "storage.k8s.io/v1 CSIStorageCapacity"),
            // removed in 1.29
            e("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", "1.26", "1.29", "flowcontrol.apiserver.k8s.io/v1 FlowSchema"),
            e("flowcontrol.apiserver.k8s.io/v1beta2", "PriorityLevelConfiguration", "1.26", "1.29",
                    "flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration"),
            // removed in 1.32
            e("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.29", "1.32", "flowcontrol.apiserver.k8s.io/v1 FlowSchema"),
            e("flowcontrol.apiserver.k8s.io/v1beta3", "PriorityLevelConfiguration", "1.29", "1.32",
                    "flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration"));

    private static final Map<String, Entry> BY_VERSION_AND_KIND = index();

    /** The entry for an object's apiVersion and kind, if that pair is deprecated. */
    static Optional<Entry> of(String apiVersion, String kind) {
        return Optional.ofNullable(BY_VERSION_AND_KIND.get(apiVersion + " " + kind));
    }

    /** What to do instead, for messages. */
    static String advice(Entry entry) {
        return entry.replacement() == null
                ? "remove it; PodSecurityPolicy has no successor API, enforce the Pod Security Standards with Pod"
                        + " Security Admission labels on the namespace"
                : "use " + entry.replacement();
    }

    private static Entry e(String apiVersion, String kind, String deprecatedIn, String removedIn, String replacement) {
        return new Entry(apiVersion, kind, deprecatedIn, removedIn, replacement);
    }

    private static Map<String, Entry> index() {
        Map<String, Entry> out = new HashMap<>();
        for (Entry entry : ENTRIES) {
            if (out.put(entry.apiVersion() + " " + entry.kind(), entry) != null) {
                throw new IllegalStateException("duplicate entry " + entry);
            }
        }
        return Map.copyOf(out);
    }
}
