package dev.cairn.checks.rbac;

import static dev.cairn.core.check.ComplianceRef.cis;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YNode;

/**
 * {@code cluster-admin} can do anything to anything. Bound with a ClusterRoleBinding it owns the cluster;
 * bound with a RoleBinding it still owns the namespace, including its Secrets, RBAC and workloads.
 */
public final class ClusterAdminBindingCheck extends BindingCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-045", "cluster-admin-binding")
            .title("Binding grants the cluster-admin role")
            .severity(Severity.HIGH)
            .criteria("TEC-5")
            .compliance(cis("5.1.1", "Ensure that the cluster-admin role is only used where required"))
            .equivalent(Peer.POLARIS, "clusterrolebindingClusterAdmin")
            .equivalent(Peer.POLARIS, "rolebindingClusterAdminClusterRole")
            .equivalent(Peer.KUBE_LINTER, "cluster-admin-role-binding")
            .equivalent(Peer.KUBESCAPE, "C-0035")
            .equivalent(Peer.TRIVY, "KSV-0111")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        if (!BindingSubjects.roleRefKind(object).equals("ClusterRole")
                || !BindingSubjects.roleRefName(object).equals("cluster-admin")) {
            return;
        }
        var subjects = BindingSubjects.of(object).stream().map(BindingSubjects::display).toList();
        String to = subjects.isEmpty() ? "" : " to " + String.join(", ", subjects);
        String scope = object.kind().equals("RoleBinding") ? " within its namespace" : " over the whole cluster";
        String message = RoleRules.describe(object.ref()) + " grants cluster-admin" + to + scope
                + ": bind a role with only the permissions needed";
        var at = BindingSubjects.roleRefNameEntry(object);
        if (at.isPresent()) {
            sink.report(at.get(), message);
        } else {
            sink.report((YNode) object.root(), message);
        }
    }
}
