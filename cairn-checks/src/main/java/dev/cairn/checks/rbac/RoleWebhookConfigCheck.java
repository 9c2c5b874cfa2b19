package dev.cairn.checks.rbac;

import static dev.cairn.core.check.ComplianceRef.cis;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Set;

/**
 * Admission webhooks see, and mutating ones may change, every object the API server admits: whoever can
 * create or change a webhook configuration can read Secrets as they are written, inject containers into any
 * pod, or switch a policy engine's webhook off. Named resources only: {@code *} resources are K8S-040's.
 */
public final class RoleWebhookConfigCheck extends RoleCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-065", "rbac-admission-webhooks")
            .title("Role can change admission webhook configurations")
            .severity(Severity.HIGH)
            .criteria("TEC-5")
            .compliance(cis("5.1.12", "Minimize access to webhook configuration objects"))
            .equivalent(Peer.KUBESCAPE, "C-0281")
            .equivalent(Peer.CHECKOV, "CKV_K8S_155")
            .equivalent(Peer.TRIVY, "KSV-0114")
            .build();

    private static final String GROUP = "admissionregistration.k8s.io";
    private static final Set<String> RESOURCES = Set.of("validatingwebhookconfigurations", "mutatingwebhookconfigurations",
            "validatingadmissionpolicies", "validatingadmissionpolicybindings");
    private static final List<String> VERBS = List.of("create", "update", "patch", "delete", "deletecollection");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        reportGrants(object, sink, VERBS, (rule, r) -> rule.coversGroup(GROUP) && RESOURCES.contains(r.text()),
                ", so it decides what the API server admits: keep this to the identity that installs the policy engine"
                        + " or operator, and give others read access");
    }
}
