package dev.cairn.checks.rbac;

import static dev.cairn.core.check.ComplianceRef.cis;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YScalar;
import java.util.Map;

/**
 * The verbs {@code escalate}, {@code bind} and {@code impersonate} are the three ways around RBAC's own
 * guard against privilege escalation. Each one named in a rule is a finding at that verb; {@code *} verbs
 * are K8S-040's finding.
 */
public final class RoleEscalationVerbsCheck extends RoleCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-042", "rbac-escalation-verbs")
            .title("Role grants the escalate, bind or impersonate verb")
            .severity(Severity.HIGH)
            .criteria("TEC-5")
            .compliance(cis("5.1.8", "Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes cluster"))
            .equivalent(Peer.KUBESCAPE, "C-0191")
            .equivalent(Peer.KUBESCAPE, "C-0065")
            .equivalent(Peer.CHECKOV, "CKV_K8S_157")
            .equivalent(Peer.CHECKOV, "CKV_K8S_158")
            .equivalent(Peer.CHECKOV, "CKV2_K8S_1")
            .equivalent(Peer.CHECKOV, "CKV2_K8S_3")
            .equivalent(Peer.TRIVY, "KSV-0043")
            .build();

    private static final Map<String, String> WHAT = Map.of(
            "escalate", "can create or update roles with permissions it does not hold itself",
            "bind", "can bind roles with permissions it does not hold itself to any subject",
            "impersonate", "can act as other users, groups or service accounts");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        for (RoleRules rule : RoleRules.of(object)) {
            for (YScalar verb : rule.verbs()) {
                String what = WHAT.get(verb.text());
                if (what != null) {
                    sink.report(verb, RoleRules.describe(object.ref()) + " grants \"" + verb.text() + "\" in rule "
                            + rule.number() + " and so " + what + ": remove the verb, or limit it with resourceNames");
                }
            }
        }
    }
}
