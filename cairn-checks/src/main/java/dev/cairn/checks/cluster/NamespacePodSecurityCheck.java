package dev.cairn.checks.cluster;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ClusterCheck;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YNode;
import java.time.LocalDate;
import java.util.Set;

/**
 * Pod Security Admission rejects dangerous pods only in namespaces whose {@code enforce} label asks for a
 * level. Kubernetes' own namespaces run system pods that need privileges and are left out.
 */
public final class NamespacePodSecurityCheck implements ClusterCheck {
    static final String ENFORCE = "pod-security.kubernetes.io/enforce";
    private static final Set<String> SYSTEM = Set.of("kube-system", "kube-public", "kube-node-lease");

    private static final CheckSpec SPEC = CheckSpec.builder("CLU-001", "namespace-pod-security")
            .title("Namespace does not enforce a Pod Security level")
            .severity(Severity.MEDIUM)
            .criteria("TEC-9")
            .inputs(InputKind.CLUSTER)
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ClusterSnapshot cluster) {
        return cluster.ofKind("Namespace").stream().anyMatch(n -> !SYSTEM.contains(n.ref().name()));
    }

    @Override
    public void check(ClusterSnapshot cluster, LocalDate today, FindingSink sink) {
        for (K8sObject namespace : cluster.ofKind("Namespace")) {
            if (SYSTEM.contains(namespace.ref().name())) {
                continue;
            }
            String level = namespace.labels().get(ENFORCE);
            String name = namespace.ref().name();
            if (level == null) {
                YNode at = namespace.metadata().flatMap(m -> m.get("labels")).orElse(namespace.root());
                sink.report(ClusterSnapshot.locate(namespace, at), namespace.ref(), "Namespace " + name + " has no "
                        + ENFORCE + " label, so any pod may run in it: label it baseline (or restricted)");
            } else if (level.equals("privileged")) {
                YNode at = namespace.metadata().flatMap(m -> m.map("labels")).flatMap(l -> l.get(ENFORCE)).orElseThrow();
                sink.report(ClusterSnapshot.locate(namespace, at), namespace.ref(), "Namespace " + name
                        + " enforces the privileged Pod Security level, which allows everything: enforce baseline (or restricted)");
            }
        }
    }
}
