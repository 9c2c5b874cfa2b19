package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;
import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;

/**
 * Unless {@code allowPrivilegeEscalation} is explicitly false, a process can gain more privileges than
 * its parent (setuid binaries); Kubernetes defaults it to true.
 */
public final class PrivilegeEscalationCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-002", "privilege-escalation")
            .title("Container allows privilege escalation")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .compliance(cis("5.2.6", "Minimize the admission of containers with allowPrivilegeEscalation"),
                    pss("restricted", "Privilege Escalation"))
            .equivalent(Peer.POLARIS, "privilegeEscalationAllowed")
            .equivalent(Peer.KUBE_LINTER, "privilege-escalation-container")
            .equivalent(Peer.KUBESCAPE, "C-0016")
            .equivalent(Peer.CHECKOV, "CKV_K8S_20")
            .equivalent(Peer.TRIVY, "KSV-0001")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        Optional<YEntry> setting = container.securityContext().flatMap(sc -> sc.entry("allowPrivilegeEscalation"));
        if (setting.isPresent() && setting.get().value() instanceof YScalar s && s.isFalse()) {
            return;
        }
        String fix = ": set securityContext.allowPrivilegeEscalation: false";
        if (setting.isPresent()) {
            sink.report(setting.get(), describe(container) + " allows privilege escalation" + fix);
        } else {
            sink.report(container.securityContext().map(m -> (dev.cairn.core.yaml.YNode) m).orElse(container.node()),
                    describe(container) + " does not forbid privilege escalation" + fix);
        }
    }
}
