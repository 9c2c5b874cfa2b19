package dev.cairn.checks.k8s;

import dev.cairn.core.model.ObjectRef;

/** How messages name an object: {@code Ingress shop/web}, or {@code Ingress web} without a namespace. */
final class ObjectNames {
    private ObjectNames() {}

    static String describe(ObjectRef ref) {
        return ref.describe();
    }
}
