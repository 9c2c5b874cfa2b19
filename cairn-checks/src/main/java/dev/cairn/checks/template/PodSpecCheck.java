package dev.cairn.checks.template;

import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.yaml.YEntry;
import java.util.Optional;
import java.util.Set;

/** A check over the pod spec of any workload kind; other kinds are out of scope. */
public abstract class PodSpecCheck implements ObjectCheck {
    @Override
    public Set<String> kinds() {
        return PodSpecView.WORKLOAD_KINDS;
    }

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

    /** An annotation of the pod (the template's metadata for controllers), as {@code key: value}. */
    protected static Optional<YEntry> podAnnotation(PodSpecView pod, String key) {
        return pod.podAnnotations().flatMap(a -> a.entry(key));
    }

    /** The annotation {@code prefix + suffix} of the pod; the key is only built when the pod has annotations. */
    protected static Optional<YEntry> podAnnotation(PodSpecView pod, String prefix, String suffix) {
        return pod.podAnnotations().flatMap(a -> a.entry(prefix + suffix));
    }
}
