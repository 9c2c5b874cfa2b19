package dev.cairn.checks.rbac;

import static dev.cairn.core.check.ComplianceRef.cis;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import java.util.List;

/**
 * A rule that lets its holder get, list or watch every Secret in scope hands over every credential stored
 * there. Rules limited with {@code resourceNames} are least privilege done right and pass. A rule that
 * reaches Secrets only through {@code resources: ["*"]} is K8S-040's finding, so that one over-broad rule
 * is not reported twice for the same node.
 */
public final class RoleSecretsAccessCheck extends RoleCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-041", "rbac-secrets-read")
            .title("Role grants read access to all Secrets")
            .severity(Severity.MEDIUM)
            .criteria("TEC-5", "TEC-29")
            .compliance(cis("5.1.2", "Minimize access to secrets"))
            .equivalent(Peer.KUBE_LINTER, "access-to-secrets")
            .equivalent(Peer.KUBESCAPE, "C-0015")
            .equivalent(Peer.KUBESCAPE, "C-0186")
            .equivalent(Peer.CHECKOV, "CKV2_K8S_5")
            .equivalent(Peer.TRIVY, "KSV-0041")
            .equivalent(Peer.TRIVY, "KSV-0113")
            .build();

    private static final List<String> READ = List.of("get", "list", "watch");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        for (RoleRules rule : RoleRules.of(object)) {
            if (rule.resourceNames() || !rule.coversGroup("")) {
                continue;
            }
            List<String> verbs = rule.grantedVerbs(READ);
            if (verbs.isEmpty()) {
                continue;
            }
            rule.resources().stream().filter(r -> r.text().equals("secrets")).findFirst().ifPresent(r ->
                    sink.report(r, RoleRules.describe(object.ref()) + " can read every Secret in its scope ("
                            + String.join(", ", verbs) + ") in rule " + rule.number()
                            + ": limit the rule to the Secrets it needs with resourceNames, or mount them instead"));
        }
    }
}
