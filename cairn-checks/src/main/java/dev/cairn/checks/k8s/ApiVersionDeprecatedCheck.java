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
 * An object whose apiVersion the target Kubernetes version still serves but has deprecated will stop
 * applying after an upgrade. Judged on the parsed {@code apiVersion} value against {@link DeprecatedApis},
 * for the version in {@code kubeVersion} (default {@value KubeVersionParams#DEFAULT}); versions already
 * removed at the target are {@link ApiVersionRemovedCheck}'s.
 */
public final class ApiVersionDeprecatedCheck implements ObjectCheck, ParameterizedCheck<KubeVersionParams> {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-061", "api-version-deprecated")
            .title("Object uses an API version deprecated in the target Kubernetes version")
            .severity(Severity.LOW)
            .criteria("TEC-26")
            .equivalent(Peer.KUBE_LINTER, "no-extensions-v1beta")
            .equivalent(Peer.KUBE_SCORE, "stable-version")
            .equivalent(Peer.TRIVY, "KSV-0107")
            .build();

    private final KubeVersionParams params;

    public ApiVersionDeprecatedCheck() {
        this(KubeVersionParams.defaults());
    }

    private ApiVersionDeprecatedCheck(KubeVersionParams params) {
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
        return new ApiVersionDeprecatedCheck(params);
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return true;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        int target = params.targetMinor();
        DeprecatedApis.of(object.ref().apiVersion(), object.kind())
                .filter(e -> e.deprecatedBy(target) && !e.removedBy(target))
                .ifPresent(e -> object.root().get("apiVersion").ifPresent(at -> sink.report(at,
                        ObjectNames.describe(object.ref()) + " uses " + e.apiVersion() + ", deprecated since "
                                + e.deprecatedIn() + " and no longer served from " + e.removedIn() + " (target "
                                + params.target() + "): before upgrading, " + DeprecatedApis.advice(e))));
    }
}
