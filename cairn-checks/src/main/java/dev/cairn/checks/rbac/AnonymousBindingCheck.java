package dev.cairn.checks.rbac;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import java.util.Set;

/**
 * {@code system:anonymous} is every request without credentials and {@code system:unauthenticated} the
 * group it belongs to: a binding to either gives its role to anyone who can reach the API server. The one
 * binding Kubernetes itself ships, {@code system:public-info-viewer} (version and health endpoints), passes.
 */
public final class AnonymousBindingCheck extends BindingCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-046", "anonymous-binding")
            .title("Binding grants a role to anonymous users")
            .severity(Severity.CRITICAL)
            .criteria("TEC-5")
            .equivalent(Peer.KUBESCAPE, "C-0262")
            .equivalent(Peer.TRIVY, "KSV-0122")
            .build();

    private static final Set<String> ANONYMOUS = Set.of("system:anonymous", "system:unauthenticated");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        String role = BindingSubjects.roleRefName(object);
        if (BindingSubjects.roleRefKind(object).equals("ClusterRole") && role.equals("system:public-info-viewer")) {
            return;
        }
        for (BindingSubjects subject : BindingSubjects.of(object)) {
            if (ANONYMOUS.contains(subject.name()) && !subject.kind().equals("ServiceAccount")) {
                String message = RoleRules.describe(object.ref()) + " grants " + BindingSubjects.roleRefKind(object)
                        + " " + role + " to " + subject.name() + ", that is to anyone who can reach the API server"
                        + ": remove the subject and bind the role to authenticated users or groups";
                subject.nameEntry().ifPresentOrElse(e -> sink.report(e, message), () -> sink.report(subject.node(), message));
            }
        }
    }
}
