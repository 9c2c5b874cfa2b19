package dev.cairn.checks.network;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An Ingress without {@code spec.tls} serves its hosts over plain HTTP. When {@code tls} lists hosts, a rule
 * host outside every entry is still plain HTTP and is reported at that host; a {@code tls} entry without
 * hosts covers all of them, as the Ingress API says. {@code *.example.com} covers one label, as in a
 * certificate.
 */
public final class IngressTlsCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-053", "ingress-tls")
            .title("Ingress serves traffic without TLS")
            .severity(Severity.MEDIUM)
            .criteria("TEC-6")
            .equivalent(Peer.POLARIS, "tlsSettingsMissing")
            .equivalent(Peer.KUBESCAPE, "C-0263")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("Ingress");
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        String apiVersion = object.ref().apiVersion();
        return object.kind().equals("Ingress")
                && (apiVersion.startsWith("networking.k8s.io/") || apiVersion.startsWith("extensions/"));
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        String who = Services.describe(object);
        Optional<YMap> spec = object.root().map("spec");
        List<YMap> tls = spec.flatMap(s -> s.seq("tls")).map(seq -> seq.items().stream()
                .flatMap(i -> i.asMap().stream()).toList()).orElse(List.of());
        if (tls.isEmpty()) {
            String message = who + " has no tls section, so it serves its hosts over plain HTTP"
                    + ": add spec.tls with a certificate Secret (cert-manager can issue one)";
            object.root().entry("spec").ifPresentOrElse(e -> sink.report(e, message),
                    () -> sink.report(object.root(), message));
            return;
        }
        List<String> covered = new ArrayList<>();
        for (YMap entry : tls) {
            List<String> hosts = entry.seq("hosts").map(seq -> seq.items().stream()
                    .flatMap(h -> h.asScalar().flatMap(YScalar::string).stream()).toList()).orElse(List.of());
            if (hosts.isEmpty()) {
                return;
            }
            covered.addAll(hosts);
        }
        spec.flatMap(s -> s.seq("rules")).ifPresent(rules -> {
            for (YNode rule : rules.items()) {
                rule.asMap().flatMap(r -> r.scalar("host")).filter(h -> !h.isNull()).ifPresent(host -> {
                    if (covered.stream().noneMatch(c -> covers(c, host.text()))) {
                        sink.report(host, "host " + host.text() + " of " + who
                                + " is in no tls entry, so it is served over plain HTTP: add it to spec.tls hosts");
                    }
                });
            }
        });
    }

    static boolean covers(String tlsHost, String host) {
        if (tlsHost.equalsIgnoreCase(host)) {
            return true;
        }
        if (tlsHost.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && !host.startsWith("*") && host.substring(dot).equalsIgnoreCase(tlsHost.substring(1));
        }
        return false;
    }
}
