package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;
import static dev.cairn.core.check.ComplianceRef.nsa;
import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YScalar;

/** A privileged container has every capability and the host's devices: it is root on the node. */
public final class PrivilegedContainerCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-001", "privileged-container")
            .title("Container runs in privileged mode")
            .severity(Severity.HIGH)
            .criteria("TEC-8")
            .compliance(cis("5.2.2", "Minimize the admission of privileged containers"),
                    pss("baseline", "Privileged Containers"),
                    nsa("Kubernetes Pod security: non-root and unprivileged containers"))
            .equivalent(Peer.POLARIS, "runAsPrivileged")
            .equivalent(Peer.KUBE_LINTER, "privileged-container")
            .equivalent(Peer.KUBE_SCORE, "container-security-context-privileged")
            .equivalent(Peer.KUBESCAPE, "C-0057")
            .equivalent(Peer.CHECKOV, "CKV_K8S_16")
            .equivalent(Peer.TRIVY, "KSV-0017")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        container.securityContext().flatMap(sc -> sc.entry("privileged"))
                .filter(e -> e.value() instanceof YScalar s && s.isTrue())
                .ifPresent(e -> sink.report(e, describe(container) + " is privileged: remove securityContext.privileged"
                        + " or set it to false, and grant only the capabilities it needs"));
    }
}
