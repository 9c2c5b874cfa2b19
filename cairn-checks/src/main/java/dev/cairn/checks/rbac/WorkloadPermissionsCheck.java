package dev.cairn.checks.rbac;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.Rbac;
import dev.cairn.core.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Follows each workload's ServiceAccount through the bindings of the repository to their roles, and reports
 * the workloads whose token can read Secrets, exec into pods, get round RBAC (escalate, bind, impersonate)
 * or do everything. Roles are those defined in the scanned manifests, plus the well-known ClusterRoles
 * cluster-admin, admin and edit when the repository does not define them; other roles it cannot see are
 * not judged. A pod that does not mount its token ({@code automountServiceAccountToken: false} on the pod,
 * or on the ServiceAccount without the pod turning it back on) cannot use the permissions and passes.
 */
public final class WorkloadPermissionsCheck implements IndexCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-050", "workload-risky-permissions")
            .title("Workload's ServiceAccount can read Secrets, exec into pods or control RBAC")
            .severity(Severity.MEDIUM)
            .criteria("TEC-5")
            .equivalent(Peer.KUBESCAPE, "C-0255")
            .equivalent(Peer.KUBESCAPE, "C-0267")
            .equivalent(Peer.KUBESCAPE, "C-0272")
            .build();

    /** What a role lets its holder do that matters for a workload's token. */
    enum Power {
        ADMIN("can do everything"),
        SECRETS("can read Secrets"),
        EXEC("can exec into pods"),
        ESCALATE("can get round RBAC (escalate, bind or impersonate)");

        final String text;

        Power(String text) {
            this.text = text;
        }
    }

    /** ClusterRoles every cluster has, for bindings to roles the repository does not define. */
    private static final Map<String, Set<Power>> BUILT_IN = Map.of(
            "cluster-admin", EnumSet.of(Power.ADMIN),
            "admin", EnumSet.of(Power.SECRETS, Power.EXEC),
            "edit", EnumSet.of(Power.SECRETS, Power.EXEC));

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        return index.objects().stream().anyMatch(Workloads::running)
                && index.objects().stream().anyMatch(WorkloadPermissionsCheck::isBinding);
    }

    /** The roles and bindings, and the ServiceAccounts whose {@code automountServiceAccountToken: false} keeps a token out. */
    @Override
    public Set<String> needsEvery() {
        return Set.of("Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ServiceAccount");
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        Map<List<String>, ObjectSummary> roles = new HashMap<>();
        Map<List<String>, Boolean> accountTokens = new HashMap<>();
        List<ObjectSummary> bindings = new ArrayList<>();
        for (ObjectSummary o : index.objects()) {
            if (o.rbac() != null && o.rbac().roleRef() == null) {
                boolean cluster = o.ref().kind().equals("ClusterRole");
                roles.putIfAbsent(key(o.ref().kind(), cluster ? null : o.namespace(), o.ref().name()), o);
            } else if (isBinding(o)) {
                bindings.add(o);
            } else if (o.ref().kind().equals("ServiceAccount") && o.automountToken() != null) {
                accountTokens.putIfAbsent(key(o.namespace(), o.ref().name()), o.automountToken());
            }
        }
        List<Map.Entry<ObjectSummary, Set<Power>>> risky = new ArrayList<>();
        for (ObjectSummary binding : bindings) {
            Set<Power> granted = powers(binding.rbac().roleRef(), binding, roles);
            if (!granted.isEmpty()) {
                risky.add(Map.entry(binding, granted));
            }
        }
        for (ObjectSummary workload : index.objects()) {
            if (!Workloads.running(workload)) {
                continue;
            }
            String account = workload.serviceAccount() == null ? "default" : workload.serviceAccount();
            Boolean token = workload.automountToken() != null ? workload.automountToken()
                    : accountTokens.get(key(workload.namespace(), account));
            if (Boolean.FALSE.equals(token)) {
                continue;
            }
            Set<Power> powers = EnumSet.noneOf(Power.class);
            Set<String> via = new LinkedHashSet<>();
            for (var e : risky) {
                ObjectSummary binding = e.getKey();
                if (grantsTo(binding, account, workload.namespace())) {
                    Rbac.RoleRef ref = binding.rbac().roleRef();
                    powers.addAll(e.getValue());
                    via.add(RoleRules.describe(binding.ref()) + " to " + ref.kind() + " " + ref.name());
                }
            }
            if (powers.isEmpty()) {
                continue;
            }
            if (powers.contains(Power.ADMIN)) {
                powers = EnumSet.of(Power.ADMIN);
            }
            List<String> what = powers.stream().map(p -> p.text).toList();
            sink.report(workload, RoleRules.describe(workload.ref())
                    + " runs as ServiceAccount \"" + account + "\", which " + String.join(" and ", what)
                    + " through " + String.join(", ", via) + ": give it a role with only what it needs,"
                    + " or set automountServiceAccountToken: false if it does not call the API");
        }
    }

    private static boolean isBinding(ObjectSummary o) {
        return o.rbac() != null && o.rbac().roleRef() != null;
    }

    /** Whether the binding names the workload's ServiceAccount, directly or through a group that holds it. */
    private static boolean grantsTo(ObjectSummary binding, String account, String namespace) {
        for (Rbac.Subject s : binding.rbac().subjects()) {
            String subjectNamespace = s.namespace() == null || s.namespace().isEmpty() ? null : s.namespace();
            boolean match = switch (s.kind()) {
                case "ServiceAccount" -> s.name().equals(account) && Objects.equals(subjectNamespace, namespace);
                case "Group" -> s.name().equals("system:serviceaccounts") || s.name().equals("system:authenticated")
                        || (namespace != null && s.name().equals("system:serviceaccounts:" + namespace));
                default -> false;
            };
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static Set<Power> powers(Rbac.RoleRef ref, ObjectSummary binding, Map<List<String>, ObjectSummary> roles) {
        boolean cluster = ref.kind().equals("ClusterRole");
        ObjectSummary role = roles.get(key(ref.kind(), cluster ? null : binding.namespace(), ref.name()));
        if (role == null) {
            return cluster ? BUILT_IN.getOrDefault(ref.name(), Set.of()) : Set.of();
        }
        Set<Power> out = EnumSet.noneOf(Power.class);
        for (Rbac.Rule r : role.rbac().rules()) {
            if (r.grants("*", "*", "*")) {
                out.add(Power.ADMIN);
            }
            if (r.grants("", "secrets", "get") || r.grants("", "secrets", "list") || r.grants("", "secrets", "watch")) {
                out.add(Power.SECRETS);
            }
            if (r.grants("", "pods/exec", "create") || r.grants("", "pods/attach", "create")) {
                out.add(Power.EXEC);
            }
            if (r.grants(Rbac.GROUP, "roles", "escalate") || r.grants(Rbac.GROUP, "clusterroles", "escalate")
                    || r.grants(Rbac.GROUP, "roles", "bind") || r.grants(Rbac.GROUP, "clusterroles", "bind")
                    || r.grants("", "users", "impersonate") || r.grants("", "groups", "impersonate")
                    || r.grants("", "serviceaccounts", "impersonate")) {
                out.add(Power.ESCALATE);
            }
        }
        return out;
    }

    private static List<String> key(String... parts) {
        return Arrays.asList(parts);
    }
}
