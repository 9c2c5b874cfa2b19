package dev.cairn.checks.rbac;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.Rbac;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of a Role or ClusterRole with their nodes, so that RBAC checks can point at the scalar that
 * grants too much. Only resource rules are read; {@code nonResourceURLs} rules are left out.
 *
 * @param number         1-based position of the rule, for messages
 * @param resourceNames  whether the rule is limited to named objects
 */
record RoleRules(int number, YMap node, List<YScalar> apiGroups, List<YScalar> resources, List<YScalar> verbs,
        boolean resourceNames) {

    static boolean isRole(K8sObject object) {
        return Rbac.isRoleKind(object.ref().apiVersion(), object.kind());
    }

    static boolean isBinding(K8sObject object) {
        return Rbac.isBindingKind(object.ref().apiVersion(), object.kind());
    }

    static List<RoleRules> of(K8sObject role) {
        List<RoleRules> out = new ArrayList<>();
        role.root().seq("rules").ifPresent(seq -> {
            for (int i = 0; i < seq.items().size(); i++) {
                int number = i + 1;
                seq.items().get(i).asMap().filter(m -> m.get("resources").isPresent()).ifPresent(m -> out.add(
                        new RoleRules(number, m, scalars(m, "apiGroups"), scalars(m, "resources"), scalars(m, "verbs"),
                                !scalars(m, "resourceNames").isEmpty())));
            }
        });
        return out;
    }

    /** Whether the rule covers the API group ({@code ""} is the core group), explicitly or by {@code *}. */
    boolean coversGroup(String group) {
        return apiGroups.stream().anyMatch(g -> g.text().equals("*") || g.text().equals(group));
    }

    /** The verbs of {@code wanted} that the rule grants, in the rule's order; {@code *} grants them all. */
    List<String> grantedVerbs(List<String> wanted) {
        if (verbs.stream().anyMatch(v -> v.text().equals("*"))) {
            return wanted;
        }
        Set<String> own = Set.copyOf(verbs.stream().map(YScalar::text).toList());
        return wanted.stream().filter(own::contains).toList();
    }

    /** {@code can create, patch deployments, jobs in rule 3}, for messages: what this rule grants. */
    String grants(List<String> verbs, List<YScalar> resources) {
        return "can " + String.join(", ", verbs) + " " + String.join(", ", resources.stream().map(YScalar::text).toList())
                + " in rule " + number;
    }

    /** {@code Role shop/reader} or {@code ClusterRole ops}, for messages. */
    static String describe(ObjectRef ref) {
        return ref.describe();
    }

    private static List<YScalar> scalars(YMap map, String key) {
        List<YScalar> out = new ArrayList<>();
        map.seq(key).ifPresent(seq -> {
            for (YNode item : seq.items()) {
                item.asScalar().filter(s -> !s.isNull()).ifPresent(out::add);
            }
        });
        return out;
    }
}
