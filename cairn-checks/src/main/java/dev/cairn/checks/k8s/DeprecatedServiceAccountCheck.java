package dev.cairn.checks.k8s;

import dev.cairn.checks.template.PodSpecCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Severity;

/**
 * {@code spec.serviceAccount} is the deprecated alias of {@code serviceAccountName}; it is only read when
 * {@code serviceAccountName} is empty, so a manifest that sets both can say two different things.
 */
public final class DeprecatedServiceAccountCheck extends PodSpecCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-034", "deprecated-service-account-field")
            .title("Pod uses the deprecated serviceAccount field")
            .severity(Severity.LOW)
            .criteria("TEC-5")
            .equivalent(Peer.KUBE_LINTER, "deprecated-service-account-field")
            .equivalent(Peer.KUBESCAPE, "C-0294")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(PodSpecView pod, FindingSink sink) {
        pod.spec().entry("serviceAccount").ifPresent(e -> sink.report(e, describe(pod)
                + " sets the deprecated spec.serviceAccount field: "
                + (pod.spec().get("serviceAccountName").isPresent()
                        ? "remove it, serviceAccountName is already set"
                        : "rename it to serviceAccountName")));
    }
}
