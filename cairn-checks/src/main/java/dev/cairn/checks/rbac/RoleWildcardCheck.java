package dev.cairn.checks.rbac;

import static dev.cairn.core.check.ComplianceRef.cis;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YScalar;

/**
 * A {@code *} in the verbs, resources or API groups of a Role or ClusterRole grants everything that exists
 * now and everything added later (new verbs, new CRDs). Each wildcard scalar is one finding; {@code *}
 * followed by a subresource ({@code *}{@code /scale}) is a wildcard over resources too.
 */
public final class RoleWildcardCheck extends RoleCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-040", "rbac-wildcard")
            .title("Role grants wildcard verbs, resources or API groups")
            .severity(Severity.HIGH)
            .criteria("TEC-5")
            .compliance(cis("5.1.3", "Minimize wildcard use in Roles and ClusterRoles"))
            .equivalent(Peer.KUBE_LINTER, "wildcard-in-rules")
            .equivalent(Peer.KUBESCAPE, "C-0187")
            .equivalent(Peer.CHECKOV, "CKV_K8S_49")
            .equivalent(Peer.TRIVY, "KSV-0044")
            .equivalent(Peer.TRIVY, "KSV-0045")
            .equivalent(Peer.TRIVY, "KSV-0046")
            .equivalent(Peer.TRIVY, "KSV-0112")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        String who = RoleRules.describe(object.ref());
        for (RoleRules rule : RoleRules.of(object)) {
            for (YScalar verb : rule.verbs()) {
                if (verb.text().equals("*")) {
                    sink.report(verb, who + " grants every verb (\"*\") in rule " + rule.number()
                            + ": list only the verbs it needs, such as get, list, watch");
                }
            }
            for (YScalar resource : rule.resources()) {
                if (resource.text().equals("*")) {
                    sink.report(resource, who + " grants every resource (\"*\") in rule " + rule.number()
                            + ": list only the resources it needs");
                } else if (resource.text().startsWith("*/")) {
                    sink.report(resource, who + " grants the " + resource.text().substring(2)
                            + " subresource of every resource (\"" + resource.text() + "\") in rule " + rule.number()
                            + ": name the resources, such as deployments/" + resource.text().substring(2));
                }
            }
            for (YScalar group : rule.apiGroups()) {
                if (group.text().equals("*")) {
                    sink.report(group, who + " grants every API group (\"*\") in rule " + rule.number()
                            + ": list only the API groups it needs (\"\" is the core group)");
                }
            }
        }
    }
}
