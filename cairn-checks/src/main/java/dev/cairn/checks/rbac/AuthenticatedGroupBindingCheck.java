package dev.cairn.checks.rbac;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import java.util.Set;

/**
 * {@code system:authenticated} holds every identity the API server accepts: every ServiceAccount of every
 * namespace and, on some managed clusters, any account of the cloud provider. The default bindings
 * Kubernetes ships for it (basic-user, discovery, public-info-viewer) pass.
 */
public final class AuthenticatedGroupBindingCheck extends BindingCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-047", "authenticated-group-binding")
            .title("Binding grants a role to every authenticated user")
            .severity(Severity.HIGH)
            .criteria("TEC-5")
            .equivalent(Peer.KUBESCAPE, "C-0265")
            .equivalent(Peer.TRIVY, "KSV-01011")
            .build();

    private static final Set<String> DEFAULT_ROLES = Set.of("system:basic-user", "system:discovery",
            "system:public-info-viewer");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        String role = BindingSubjects.roleRefName(object);
        if (BindingSubjects.roleRefKind(object).equals("ClusterRole") && DEFAULT_ROLES.contains(role)) {
            return;
        }
        for (BindingSubjects subject : BindingSubjects.of(object)) {
            if (subject.kind().equals("Group") && subject.name().equals("system:authenticated")) {
                String message = RoleRules.describe(object.ref()) + " grants " + BindingSubjects.roleRefKind(object)
                        + " " + role + " to group system:authenticated, that is to every user and ServiceAccount"
                        + ": bind the role to the groups or ServiceAccounts that need it";
                subject.nameEntry().ifPresentOrElse(e -> sink.report(e, message), () -> sink.report(subject.node(), message));
            }
        }
    }
}
