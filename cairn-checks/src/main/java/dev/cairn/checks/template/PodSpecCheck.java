package dev.cairn.checks.template;

import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;

/** A check over the pod spec of any workload kind; other kinds are out of scope. */
public abstract class PodSpecCheck implements ObjectCheck {
    @Override
    public boolean appliesTo(K8sObject object) {
        return PodSpecView.of(object).isPresent();
    }

    @Override
    public final void check(K8sObject object, FindingSink sink) {
        PodSpecView.of(object).ifPresent(pod -> check(pod, sink));
    }

    protected abstract void check(PodSpecView pod, FindingSink sink);

    /** {@code Deployment shop/web}, for messages. */
    protected static String describe(PodSpecView pod) {
        var ref = pod.owner().ref();
        return ref.kind() + " " + (ref.namespace() == null ? "" : ref.namespace() + "/") + ref.name();
    }
}
