package dev.cairn.checks.rbac;

import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.Rbac;
import java.util.Set;

/** A check on a RoleBinding or ClusterRoleBinding of the RBAC API; other kinds are out of scope. */
abstract class BindingCheck implements ObjectCheck {
    @Override
    public final Set<String> kinds() {
        return Rbac.BINDING_KINDS;
    }

    @Override
    public final boolean appliesTo(K8sObject object) {
        return RoleRules.isBinding(object);
    }
}
