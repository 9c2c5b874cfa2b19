package dev.cairn.core.check;

import dev.cairn.core.k8s.K8sObject;

/** Judges one Kubernetes object at a time, while files stream through the scan. */
public non-sealed interface ObjectCheck extends Check {
    /** Whether the object is in this check's scope; a scan where no object is in scope is not-applicable. */
    boolean appliesTo(K8sObject object);

    void check(K8sObject object, FindingSink sink);
}
