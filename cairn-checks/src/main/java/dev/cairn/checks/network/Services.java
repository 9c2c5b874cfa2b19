package dev.cairn.checks.network;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.ObjectRef;

/** Small helpers shared by the network checks. */
final class Services {
    private Services() {}

    static boolean isService(K8sObject object) {
        return object.kind().equals("Service") && object.ref().apiVersion().equals("v1");
    }

    static String describe(K8sObject object) {
        return describe(object.ref());
    }

    /** {@code Service shop/web}, or {@code Service web} without a namespace. */
    static String describe(ObjectRef ref) {
        return ref.describe();
    }
}
