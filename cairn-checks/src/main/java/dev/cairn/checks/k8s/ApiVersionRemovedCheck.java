package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;

/**
 * An object whose apiVersion the target Kubernetes version no longer serves cannot be applied at all:
 * {@code kubectl apply} fails with "no matches for kind". Judged on the parsed {@code apiVersion} value
 * against {@link DeprecatedApis}, for the version in {@code kubeVersion} (default {@value KubeVersionParams#DEFAULT}).
 */
public final class ApiVersionRemovedCheck extends ApiVersionCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-060", "api-version-removed")
            .title("Object uses an API version the target Kubernetes version no longer serves")
            .severity(Severity.HIGH)
            .criteria("TEC-26")
            .equivalent(Peer.KUBE_LINTER, "no-extensions-v1beta")
            .equivalent(Peer.KUBE_SCORE, "stable-version")
            .equivalent(Peer.TRIVY, "KSV-0107")
            .build();

    public ApiVersionRemovedCheck() {
        this(KubeVersionParams.defaults());
    }

    private ApiVersionRemovedCheck(KubeVersionParams params) {
        super(params, ApiVersionRemovedCheck::new);
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    boolean reports(DeprecatedApis.Entry e, int target) {
        return e.removedBy(target);
    }

    @Override
    String message(K8sObject object, DeprecatedApis.Entry e, String target) {
        return ObjectNames.describe(object.ref()) + " uses " + e.apiVersion()
                + ", which Kubernetes no longer serves since " + e.removedIn() + " (target " + target + "): " + DeprecatedApis.advice(e);
    }
}
