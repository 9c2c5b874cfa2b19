package dev.cairn.checks.rbac;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YScalar;
import java.util.List;

/**
 * {@code pods/exec} and {@code pods/attach} open a shell or a stream into running containers, with the
 * container's files, environment, mounted Secrets and network identity. Both are reached with
 * {@code create} (and with {@code get} by older clients over WebSockets), so either verb counts.
 */
public final class RolePodExecCheck extends RoleCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-043", "rbac-pod-exec")
            .title("Role allows exec or attach into pods")
            .severity(Severity.MEDIUM)
            .criteria("TEC-5")
            .equivalent(Peer.POLARIS, "clusterrolePodExecAttach")
            .equivalent(Peer.POLARIS, "rolePodExecAttach")
            .equivalent(Peer.KUBESCAPE, "C-0002")
            .equivalent(Peer.CHECKOV, "CKV2_K8S_2")
            .equivalent(Peer.TRIVY, "KSV-0053")
            .equivalent(Peer.TRIVY, "KSV-0054")
            .build();

    private static final List<String> VERBS = List.of("create", "get");
    private static final List<String> SUBRESOURCES = List.of("pods/exec", "pods/attach");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        for (RoleRules rule : RoleRules.of(object)) {
            if (!rule.coversGroup("") || rule.grantedVerbs(VERBS).isEmpty()) {
                continue;
            }
            List<YScalar> hits = rule.resources().stream().filter(r -> SUBRESOURCES.contains(r.text())).toList();
            if (!hits.isEmpty()) {
                sink.report(hits.get(0), RoleRules.describe(object.ref()) + " allows "
                        + String.join(" and ", hits.stream().map(YScalar::text).toList()) + " in rule " + rule.number()
                        + ": give shell access to people through a separate, audited role, never to workloads");
            }
        }
    }
}
