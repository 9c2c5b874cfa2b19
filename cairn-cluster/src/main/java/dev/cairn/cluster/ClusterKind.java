package dev.cairn.cluster;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * One kind of object the reader lists.
 *
 * @param group      the API group, {@code ""} for the core group
 * @param version    the version listed (the one every supported Kubernetes release serves)
 * @param plural     the resource name, as RBAC rules name it
 * @param namespaced whether objects live in namespaces ({@code --namespace} narrows those only)
 */
public record ClusterKind(String group, String version, String plural, String kind, boolean namespaced) {
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** What fabric8 needs to list this kind as generic resources, without its typed model. */
    ResourceDefinitionContext context() {
        return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withPlural(plural)
                .withKind(kind).withNamespaced(namespaced).build();
    }

    /** {@code deployments.apps}, {@code pods}: how kubectl names a resource. */
    public String resource() {
        return group.isEmpty() ? plural : plural + "." + group;
    }
}
