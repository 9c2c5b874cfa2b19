package dev.cairn.checks.network;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import java.util.Set;

/**
 * A NodePort Service opens a port on every node of the cluster, beside the ingress path the team
 * designed: traffic reaches the pods without the ingress controller's TLS, authentication or rate limits.
 * LoadBalancer Services are a defined entry point (TEC-6) and pass.
 */
public final class ServiceNodePortCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-051", "service-node-port")
            .title("Service is exposed on every node through a NodePort")
            .severity(Severity.LOW)
            .criteria("TEC-6")
            .equivalent(Peer.KUBE_LINTER, "exposed-services")
            .equivalent(Peer.KUBE_SCORE, "service-type")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("Service");
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return Services.isService(object);
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        object.root().map("spec").flatMap(s -> s.entry("type"))
                .filter(e -> e.value().asScalar().map(v -> v.text().equals("NodePort")).orElse(false))
                .ifPresent(e -> sink.report(e, Services.describe(object)
                        + " has type NodePort, which opens its ports on every node: keep it ClusterIP and expose it"
                        + " through an Ingress, a Gateway or a LoadBalancer Service (an Ingress that sends traffic to pod"
                        + " IPs, such as GKE's container-native load balancing or the AWS Load Balancer Controller's"
                        + " target-type ip, needs no node port)"));
    }
}
