package dev.cairn.core.model;

/** The identity of a Kubernetes object; namespace is null for cluster-scoped or unset. */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {
    /** {@code Kind/namespace/name}, or {@code Kind/name} without a namespace: the form waivers use. */
    public String display() {
        return namespace == null || namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }
}
