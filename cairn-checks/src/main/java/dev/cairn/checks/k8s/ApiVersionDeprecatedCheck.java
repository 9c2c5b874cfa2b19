package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;

/**
 * An object whose apiVersion the target Kubernetes version still serves but has deprecated will stop
 * applying after an upgrade. Judged on the parsed {@code apiVersion} value against {@link DeprecatedApis},
 * for the version in {@code kubeVersion} (default {@value KubeVersionParams#DEFAULT}); versions already
 * removed at the target are {@link ApiVersionRemovedCheck}'s.
 */
public final class ApiVersionDeprecatedCheck extends ApiVersionCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-061", "api-version-deprecated")
            .title("Object uses an API version deprecated in the target Kubernetes version")
            .severity(Severity.LOW)
            .criteria("TEC-26")
            .equivalent(Peer.KUBE_LINTER, "no-extensions-v1beta")
            .equivalent(Peer.KUBE_SCORE, "stable-version")
            .equivalent(Peer.TRIVY, "KSV-0107")
            .build();

    public ApiVersionDeprecatedCheck() {
        this(KubeVersionParams.defaults());
    }

    private ApiVersionDeprecatedCheck(KubeVersionParams params) {
        super(params, ApiVersionDeprecatedCheck::new);
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    boolean reports(DeprecatedApis.Entry e, int target) {
        return e.deprecatedBy(target) && !e.removedBy(target);
    }

    @Override
    String message(K8sObject object, DeprecatedApis.Entry e, String target) {
        return ObjectNames.describe(object.ref()) + " uses " + e.apiVersion() + ", deprecated since " + e.deprecatedIn()
                + " and no longer served from " + e.removedIn() + " (target " + target + "): before upgrading, "
                + DeprecatedApis.advice(e);
    }
}
