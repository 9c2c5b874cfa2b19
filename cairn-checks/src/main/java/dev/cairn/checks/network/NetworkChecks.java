package dev.cairn.checks.network;

import dev.cairn.core.check.Check;
import java.util.List;

/** The checks on how traffic reaches and leaves workloads: Services, Ingresses and NetworkPolicies. */
public final class NetworkChecks {
    private NetworkChecks() {}

    public static List<Check> all() {
        return List.of(
                new ServiceNodePortCheck(),
                new ServiceExternalIpsCheck(),
                new IngressTlsCheck(),
                new IngressSnippetCheck(),
                new NetworkPolicyCoverageCheck(),
                new NamespaceNetworkPolicyCheck(),
                new NetworkPolicySelectorCheck(),
                new ServiceSelectorCheck(),
                new BackendServiceCheck());
    }
}
