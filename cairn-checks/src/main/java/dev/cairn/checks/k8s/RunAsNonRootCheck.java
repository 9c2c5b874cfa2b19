package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;
import static dev.cairn.core.check.ComplianceRef.nsa;
import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.ContainerView.Setting;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;

/**
 * A container may run as root unless {@code runAsNonRoot: true} or a non-zero {@code runAsUser} applies to
 * it, from its own security context or, as Kubernetes falls back, from the pod's.
 */
public final class RunAsNonRootCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-003", "run-as-non-root")
            .title("Container may run as root")
            .severity(Severity.HIGH)
            .criteria("TEC-8")
            .compliance(cis("5.2.7", "Minimize the admission of root containers"),
                    pss("restricted", "Running as Non-root"),
                    nsa("Kubernetes Pod security: non-root and unprivileged containers"))
            .equivalent(Peer.POLARIS, "runAsRootAllowed")
            .equivalent(Peer.KUBE_LINTER, "run-as-non-root")
            .equivalent(Peer.KUBE_SCORE, "container-security-context-user-group-id")
            .equivalent(Peer.KUBESCAPE, "C-0013")
            .equivalent(Peer.CHECKOV, "CKV_K8S_23")
            .equivalent(Peer.TRIVY, "KSV-0012")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        Optional<Setting> user = container.effectiveSecurity("runAsUser");
        Optional<Long> uid = user.flatMap(s -> s.value().asScalar()).flatMap(YScalar::asLong);
        if (uid.isPresent() && uid.get() == 0L) {
            sink.report(user.get().entry(), describe(container) + " runs as root (runAsUser: 0)"
                    + inherited(user.get()) + ": use a non-zero UID such as 10001");
            return;
        }
        Optional<Setting> nonRoot = container.effectiveSecurity("runAsNonRoot");
        boolean declaredNonRoot = nonRoot.flatMap(s -> s.value().asScalar()).map(YScalar::isTrue).orElse(false);
        if (declaredNonRoot || uid.isPresent()) {
            return;
        }
        String fix = ": set securityContext.runAsNonRoot: true and a non-zero runAsUser";
        if (nonRoot.isPresent()) {
            sink.report(nonRoot.get().entry(), describe(container) + " may run as root (runAsNonRoot is not true"
                    + inherited(nonRoot.get()) + ")" + fix);
        } else {
            YNode at = container.securityContext().map(m -> (YNode) m).orElse(container.node());
            sink.report(at, describe(container) + " may run as root" + fix);
        }
    }

    private static String inherited(Setting s) {
        return s.fromPod() ? ", set on the pod" : "";
    }
}
