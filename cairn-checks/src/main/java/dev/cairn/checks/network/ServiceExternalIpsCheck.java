package dev.cairn.checks.network;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YScalar;
import java.util.List;
import java.util.Set;

/**
 * {@code spec.externalIPs} makes every node route traffic for those addresses to the Service, whoever owns
 * the address: anyone who may create Services can intercept traffic meant for another host
 * (CVE-2020-8554). Clusters that do not use the feature should block it with the DenyServiceExternalIPs
 * admission plugin; manifests should not rely on it.
 */
public final class ServiceExternalIpsCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-052", "service-external-ips")
            .title("Service claims external IP addresses")
            .severity(Severity.MEDIUM)
            .criteria("TEC-6")
            .equivalent(Peer.TRIVY, "KSV-0108")
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
        object.root().map("spec").flatMap(s -> s.entry("externalIPs")).ifPresent(e -> {
            List<String> addresses = e.value().asSeq().map(seq -> seq.items().stream()
                    .flatMap(i -> i.asScalar().flatMap(YScalar::string).stream()).toList()).orElse(List.of());
            if (!addresses.isEmpty()) {
                sink.report(e, Services.describe(object) + " claims externalIPs " + String.join(", ", addresses)
                        + ", so every node routes traffic for them to it: use a LoadBalancer Service or an Ingress");
            }
        });
    }
}
