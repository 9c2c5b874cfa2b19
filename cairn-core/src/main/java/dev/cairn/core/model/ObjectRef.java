package dev.cairn.core.model;

import java.util.Comparator;

/** The identity of a Kubernetes object; namespace is null for cluster-scoped or unset. */
public record ObjectRef(String apiVersion, String kind, String namespace, String name) {
    /** apiVersion, kind, namespace, name; absent parts first. */
    public static final Comparator<ObjectRef> ORDER = Comparator
            .comparing(ObjectRef::apiVersion, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectRef::kind, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectRef::namespace, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectRef::name, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * {@code Deployment shop/web}, or {@code Deployment web} without a namespace: how messages name an object.
     * A manifest without {@code metadata.name} (a patch, or a broken file) reads {@code Deployment (no name)}.
     */
    public String describe() {
        return kind + " " + (namespace == null || namespace.isEmpty() ? "" : namespace + "/")
                + (name == null || name.isEmpty() ? "(no name)" : name);
    }

    /** {@code Kind/namespace/name}, or {@code Kind/name} without a namespace: the form waivers use. */
    public String display() {
        return namespace == null || namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }
}
