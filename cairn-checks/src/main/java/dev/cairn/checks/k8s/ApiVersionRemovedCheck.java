package dev.cairn.checks.k8s;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;

/**
 * An object whose apiVersion the target Kubernetes version no longer serves cannot be applied at all:
 * {@code kubectl apply} fails with "no matches for kind". Judged on the parsed {@code apiVersion} value
 * against {@link DeprecatedApis}, for the version in {@code kubeVersion} (default {@value KubeVersionParams#DEFAULT}).
 */
public final class ApiVersionRemovedCheck implements ObjectCheck, ParameterizedCheck<KubeVersionParams> {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-060", "api-version-removed")
            .title("Object uses an API version the target Kubernetes version no longer serves")
            .severity(Severity.HIGH)
            .criteria("TEC-26")
            .equivalent(Peer.KUBE_LINTER, "no-extensions-v1beta")
            .equivalent(Peer.KUBE_SCORE, "stable-version")
            .equivalent(Peer.TRIVY, "KSV-0107")
            .build();

    private final KubeVersionParams params;

    public ApiVersionRemovedCheck() {
        this(KubeVersionParams.defaults());
    }

    private ApiVersionRemovedCheck(KubeVersionParams params) {
        this.params = params;
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Class<KubeVersionParams> paramsType() {
        return KubeVersionParams.class;
    }

    @Override
    public KubeVersionParams params() {
        return params;
    }

    @Override
    public Check withParams(KubeVersionParams params) {
        return new ApiVersionRemovedCheck(params);
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return true;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        DeprecatedApis.of(object.ref().apiVersion(), object.kind())
                .filter(e -> e.removedBy(params.targetMinor()))
                .ifPresent(e -> object.root().get("apiVersion").ifPresent(at -> sink.report(at,
                        ObjectNames.describe(object.ref()) + " uses " + e.apiVersion() + ", which Kubernetes no longer"
                                + " serves since " + e.removedIn() + " (target " + params.target() + "): "
                                + DeprecatedApis.advice(e))));
    }
}
