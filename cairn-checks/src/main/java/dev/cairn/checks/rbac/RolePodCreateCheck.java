package dev.cairn.checks.rbac;

import static dev.cairn.core.check.ComplianceRef.cis;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * Whoever can create pods, or create or change a controller's pod template, can run any image with any
 * ServiceAccount of the namespace and mount any of its Secrets. Continuous-delivery roles need it; most
 * others do not. One finding per rule, at the first resource that grants it. {@code resourceNames} does
 * not help here: {@code create} cannot be limited by name, and patching one named Deployment still runs any
 * pod in its place.
 */
public final class RolePodCreateCheck extends RoleCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-044", "rbac-create-pods")
            .title("Role allows creating pods or changing workloads")
            .severity(Severity.LOW)
            .criteria("TEC-5")
            .compliance(cis("5.1.4", "Minimize access to create pods"))
            .equivalent(Peer.KUBE_LINTER, "access-to-create-pods")
            .equivalent(Peer.KUBESCAPE, "C-0188")
            .equivalent(Peer.TRIVY, "KSV-0048")
            .build();

    private static final List<String> VERBS = List.of("create", "update", "patch");

    /** Resources that run pods, with the API groups that serve them. */
    private static final Map<String, List<String>> WORKLOADS = Map.of(
            "pods", List.of(""),
            "replicationcontrollers", List.of(""),
            "deployments", List.of("apps", "extensions"),
            "replicasets", List.of("apps", "extensions"),
            "daemonsets", List.of("apps", "extensions"),
            "statefulsets", List.of("apps"),
            "jobs", List.of("batch"),
            "cronjobs", List.of("batch"));

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        reportGrants(object, sink, VERBS, (rule, r) -> {
            List<String> groups = WORKLOADS.get(r.text());
            return groups != null && groups.stream().anyMatch(rule::coversGroup);
        }, ": keep this to the delivery pipeline's role and give others read access");
    }
}
