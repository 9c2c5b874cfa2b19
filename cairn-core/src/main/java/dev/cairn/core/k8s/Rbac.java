package dev.cairn.core.k8s;

import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The RBAC facts of a Role, ClusterRole, RoleBinding or ClusterRoleBinding as plain values, for
 * cross-object checks that follow a binding to its role.
 *
 * @param roleRef  the role a binding grants; null for roles
 * @param subjects who a binding grants it to; empty for roles
 * @param rules    the resource rules of a role; empty for bindings and for aggregated roles
 */
public record Rbac(RoleRef roleRef, List<Subject> subjects, List<Rule> rules) {
    public static final String GROUP = "rbac.authorization.k8s.io";

    public Rbac {
        subjects = List.copyOf(subjects);
        rules = List.copyOf(rules);
    }

    /** {@code roleRef} of a binding: kind {@code Role} or {@code ClusterRole}, and name. */
    public record RoleRef(String kind, String name) {}

    /**
     * A subject of a binding. A ServiceAccount subject of a RoleBinding without a namespace means the
     * binding's namespace, as the RBAC authorizer reads it; {@link #of} fills that in.
     */
    public record Subject(String kind, String name, String namespace) {}

    /** One resource rule; {@code nonResourceURLs} rules are left out. */
    public record Rule(List<String> apiGroups, List<String> resources, List<String> verbs, List<String> resourceNames) {
        public Rule {
            apiGroups = List.copyOf(apiGroups);
            resources = List.copyOf(resources);
            verbs = List.copyOf(verbs);
            resourceNames = List.copyOf(resourceNames);
        }

        /**
         * Whether the rule grants {@code verb} on every object of {@code resource} (which may name a
         * subresource, {@code pods/exec}) in {@code group}, with the wildcards the RBAC authorizer accepts:
         * {@code *} for verbs, groups and resources, and {@code *}{@code /sub} for a subresource of any
         * resource. A rule limited by {@code resourceNames} grants it only for those names, so not here.
         */
        public boolean grants(String group, String resource, String verb) {
            return resourceNames.isEmpty() && matches(verbs, verb) && matches(apiGroups, group)
                    && resources.stream().anyMatch(r -> resourceMatches(r, resource));
        }

        private static boolean matches(List<String> allowed, String wanted) {
            return allowed.contains("*") || allowed.contains(wanted);
        }

        private static boolean resourceMatches(String rule, String wanted) {
            if (rule.equals("*") || rule.equals(wanted)) {
                return true;
            }
            int slash = wanted.indexOf('/');
            return slash > 0 && rule.equals("*" + wanted.substring(slash));
        }
    }

    /** The kinds that hold rules, and the kinds that bind them to subjects. */
    public static final Set<String> ROLE_KINDS = Set.of("Role", "ClusterRole");
    public static final Set<String> BINDING_KINDS = Set.of("RoleBinding", "ClusterRoleBinding");

    public static boolean isRoleKind(String apiVersion, String kind) {
        return apiVersion.startsWith(GROUP + "/") && (kind.equals("Role") || kind.equals("ClusterRole"));
    }

    public static boolean isBindingKind(String apiVersion, String kind) {
        return apiVersion.startsWith(GROUP + "/") && (kind.equals("RoleBinding") || kind.equals("ClusterRoleBinding"));
    }

    /** The facts of an RBAC object, or empty for other kinds. */
    public static Optional<Rbac> of(K8sObject object) {
        String apiVersion = object.ref().apiVersion();
        if (isRoleKind(apiVersion, object.kind())) {
            List<Rule> rules = new ArrayList<>();
            object.root().seq("rules").ifPresent(seq -> seq.items().forEach(item -> item.asMap().ifPresent(rule -> {
                if (rule.get("resources").isPresent()) {
                    rules.add(new Rule(strings(rule, "apiGroups"), strings(rule, "resources"), strings(rule, "verbs"),
                            strings(rule, "resourceNames")));
                }
            })));
            return Optional.of(new Rbac(null, List.of(), rules));
        }
        if (isBindingKind(apiVersion, object.kind())) {
            Optional<YMap> ref = object.root().map("roleRef");
            RoleRef roleRef = new RoleRef(ref.flatMap(r -> r.string("kind")).orElse(""),
                    ref.flatMap(r -> r.string("name")).orElse(""));
            boolean namespaced = object.kind().equals("RoleBinding");
            List<Subject> subjects = new ArrayList<>();
            object.root().seq("subjects").ifPresent(seq -> seq.items().forEach(item -> item.asMap().ifPresent(s -> {
                String kind = s.string("kind").orElse("");
                String namespace = s.string("namespace").orElse(null);
                if (namespace == null && namespaced && kind.equals("ServiceAccount")) {
                    namespace = object.ref().namespace();
                }
                subjects.add(new Subject(kind, s.string("name").orElse(""), namespace));
            })));
            return Optional.of(new Rbac(roleRef, subjects, List.of()));
        }
        return Optional.empty();
    }

    /** The string items of a list field; a missing field is an empty list. */
    private static List<String> strings(YMap map, String key) {
        List<String> out = new ArrayList<>();
        map.seq(key).ifPresent(seq -> {
            for (YNode item : seq.items()) {
                item.asScalar().flatMap(YScalar::string).ifPresent(out::add);
            }
        });
        return out;
    }
}
