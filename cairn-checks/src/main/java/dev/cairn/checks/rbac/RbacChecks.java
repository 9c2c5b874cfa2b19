package dev.cairn.checks.rbac;

import dev.cairn.core.check.Check;
import java.util.List;

/** The checks on RBAC roles and bindings and on the identities workloads run as. */
public final class RbacChecks {
    private RbacChecks() {}

    public static List<Check> all() {
        return List.of(
                new RoleWildcardCheck(),
                new RoleSecretsAccessCheck(),
                new RoleEscalationVerbsCheck(),
                new RolePodExecCheck(),
                new RolePodCreateCheck(),
                new RoleWebhookConfigCheck(),
                new RoleCsrApprovalCheck(),
                new ClusterAdminBindingCheck(),
                new AnonymousBindingCheck(),
                new AuthenticatedGroupBindingCheck(),
                new DefaultServiceAccountCheck(),
                new ServiceAccountReferenceCheck(),
                new WorkloadPermissionsCheck());
    }
}
