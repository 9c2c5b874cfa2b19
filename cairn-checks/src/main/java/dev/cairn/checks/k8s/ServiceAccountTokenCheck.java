package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;

import dev.cairn.checks.template.PodSpecCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;

/**
 * Kubernetes mounts a service account token into every pod unless told not to; most applications never
 * call the API, and a stolen token is a foothold in the cluster. The ServiceAccount object can also set
 * {@code automountServiceAccountToken: false}, but the pod spec's value wins and is the one visible where
 * the workload is reviewed, so this check judges the pod spec.
 */
public final class ServiceAccountTokenCheck extends PodSpecCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-021", "automount-service-account-token")
            .title("Pod mounts a service account token")
            .severity(Severity.LOW)
            .criteria("TEC-5")
            .compliance(cis("5.1.6", "Ensure that Service Account Tokens are only mounted where necessary"))
            .equivalent(Peer.POLARIS, "automountServiceAccountToken")
            .equivalent(Peer.KUBESCAPE, "C-0034")
            .equivalent(Peer.CHECKOV, "CKV_K8S_38")
            .equivalent(Peer.TRIVY, "KSV-0036")
            .build();

    private static final String FIX = ": set automountServiceAccountToken: false in the pod spec unless the app"
            + " calls the Kubernetes API";

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(PodSpecView pod, FindingSink sink) {
        Optional<YEntry> setting = pod.spec().entry("automountServiceAccountToken");
        if (setting.isPresent() && setting.get().value() instanceof YScalar s && s.isFalse()) {
            return;
        }
        if (setting.isPresent()) {
            sink.report(setting.get(), describe(pod) + " mounts its service account token"
                    + " (automountServiceAccountToken is not false)" + FIX);
        } else {
            sink.report(pod.spec(), describe(pod) + " mounts its service account token by default" + FIX);
        }
    }
}
