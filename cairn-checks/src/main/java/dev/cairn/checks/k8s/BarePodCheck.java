package dev.cairn.checks.k8s;

import dev.cairn.checks.template.PodSpecCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Severity;

/**
 * A Pod created directly has no controller: when its node fails, drains or evicts it, nothing starts it
 * again, and it cannot be rolled out or scaled. Pods that declare an owner, and Helm test hooks (short-lived
 * on purpose), are exempt. Every workload kind is in scope, so a repository of controllers passes.
 */
public final class BarePodCheck extends PodSpecCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-028", "bare-pod")
            .title("Pod is not managed by a controller")
            .severity(Severity.MEDIUM)
            .criteria("TEC-20")
            .equivalent(Peer.POLARIS, "nakedPod")
            .equivalent(Peer.KUBESCAPE, "C-0073")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(PodSpecView pod, FindingSink sink) {
        var object = pod.owner();
        if (!object.kind().equals("Pod")
                || object.metadata().flatMap(m -> m.get("ownerReferences")).isPresent()
                || object.annotations().containsKey("helm.sh/hook")) {
            return;
        }
        object.root().entry("kind").ifPresent(kind -> sink.report(kind, describe(pod)
                + " is not managed by a controller, so nothing recreates it when its node fails or it is evicted:"
                + " run it as a Deployment (a Job for one-off work)"));
    }
}
