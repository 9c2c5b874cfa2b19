package dev.cairn.checks.rbac;

import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.Rbac;
import dev.cairn.core.yaml.YScalar;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/** A check on the rules of a Role or ClusterRole of the RBAC API; other kinds are out of scope. */
abstract class RoleCheck implements ObjectCheck {
    @Override
    public final Set<String> kinds() {
        return Rbac.ROLE_KINDS;
    }

    @Override
    public final boolean appliesTo(K8sObject object) {
        return RoleRules.isRole(object);
    }

    /**
     * One finding per rule that grants some of {@code verbs} on resources that {@code resource} accepts (asked
     * with the rule, for its API groups), at the first such resource: "Role shop/ci can create, patch jobs in
     * rule 2" and then {@code why}.
     */
    static void reportGrants(K8sObject role, FindingSink sink, List<String> verbs, BiPredicate<RoleRules, YScalar> resource,
            String why) {
        for (RoleRules rule : RoleRules.of(role)) {
            List<String> granted = rule.grantedVerbs(verbs);
            if (granted.isEmpty()) {
                continue;
            }
            List<YScalar> hits = rule.resources().stream().filter(r -> resource.test(rule, r)).toList();
            if (!hits.isEmpty()) {
                sink.report(hits.get(0), RoleRules.describe(role.ref()) + " " + rule.grants(granted, hits) + why);
            }
        }
    }
}
