package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Severity;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Workloads placed in the {@code default} namespace share it with everything deployed without thought,
 * so RBAC, quotas, network policies and Pod Security labels cannot be scoped to the application. Only an
 * explicit {@code namespace: default} is judged: a manifest without a namespace usually gets one from a
 * kustomize overlay or from {@code kubectl -n}, which a raw scan cannot see.
 */
public final class DefaultNamespaceCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-009", "default-namespace")
            .title("Workload is deployed into the default namespace")
            .severity(Severity.LOW)
            .criteria("TEC-9")
            .compliance(cis("5.7.4", "The default namespace should not be used"))
            .equivalent(Peer.KUBESCAPE, "C-0061")
            .equivalent(Peer.CHECKOV, "CKV_K8S_21")
            .equivalent(Peer.TRIVY, "KSV-0110")
            .build();

    /** Namespaced kinds that hold application configuration besides workloads. */
    private static final Set<String> APP_KINDS = Set.of("Service", "ConfigMap", "Secret", "Ingress",
            "ServiceAccount", "Role", "RoleBinding", "PersistentVolumeClaim", "HorizontalPodAutoscaler",
            "PodDisruptionBudget", "NetworkPolicy");
    private static final Set<String> KINDS = Stream.concat(APP_KINDS.stream(), PodSpecView.WORKLOAD_KINDS.stream())
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Set<String> kinds() {
        return KINDS;
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return KINDS.contains(object.kind());
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        object.metadata().flatMap(m -> m.entry("namespace"))
                .filter(e -> e.value().asScalar().map(s -> s.text().equals("default")).orElse(false))
                .ifPresent(e -> sink.report(e, object.kind() + " " + object.ref().name()
                        + " is deployed into the default namespace: give the application a namespace of its own"));
    }
}
