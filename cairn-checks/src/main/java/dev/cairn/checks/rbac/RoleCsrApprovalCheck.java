package dev.cairn.checks.rbac;

import static dev.cairn.core.check.ComplianceRef.cis;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import java.util.List;

/**
 * Approving a CertificateSigningRequest, together with the {@code approve} verb on its signer, issues a
 * certificate the cluster trusts: for the {@code kubernetes.io/kube-apiserver-client} signer, a client
 * certificate for any user or group, {@code system:masters} included. So the {@code approval} subresource is
 * as sensitive as cluster-admin (CIS Kubernetes Benchmark 5.1.11). Named resources only: {@code *} resources
 * are K8S-040's.
 */
public final class RoleCsrApprovalCheck extends RoleCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-075", "rbac-approve-csr")
            .title("Role can approve certificate signing requests")
            .severity(Severity.HIGH)
            .criteria("TEC-5")
            .compliance(cis("5.1.11", "Minimize access to the approval sub-resource of certificatesigningrequests objects"))
            .equivalent(Peer.KUBESCAPE, "C-0280")
            .equivalent(Peer.CHECKOV, "CKV_K8S_156")
            .build();

    private static final String GROUP = "certificates.k8s.io";
    private static final String APPROVAL = "certificatesigningrequests/approval";
    private static final List<String> VERBS = List.of("update", "patch");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        reportGrants(object, sink, VERBS, (rule, r) -> rule.coversGroup(GROUP) && r.text().equals(APPROVAL),
                ", so it can approve certificate requests, and with a signer's approve verb issue a client certificate"
                        + " for any user or group, system:masters included: leave approval to the control plane and"
                        + " the controller that needs it");
    }
}
