package dev.cairn.core.check;

import dev.cairn.core.k8s.K8sObject;
import java.util.Set;

/** Judges one Kubernetes object at a time, while files stream through the scan. */
public non-sealed interface ObjectCheck extends Check {
    /**
     * The kinds this check can apply to, or an empty set for any kind. The runner asks {@link #appliesTo}
     * only of objects of these kinds: a scan has sixty checks and tens of thousands of objects, and most
     * checks concern a handful of kinds. It narrows, never widens: {@code appliesTo} still decides.
     */
    default Set<String> kinds() {
        return Set.of();
    }

    /** Whether the object is in this check's scope; a scan where no object is in scope is not-applicable. */
    boolean appliesTo(K8sObject object);

    void check(K8sObject object, FindingSink sink);
}
