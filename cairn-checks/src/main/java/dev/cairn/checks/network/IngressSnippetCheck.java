package dev.cairn.checks.network;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;
import java.util.Set;

/**
 * Snippet annotations paste raw NGINX configuration into the ingress controller that every team shares
 * (ingress-nginx's {@code *-snippet}, the F5 NGINX controller's {@code *-snippets}); ingress-nginx turns them
 * off by default since 1.9 with {@code allow-snippet-annotations} in its ConfigMap, which is reported too
 * when it turns them back on. Every snippet annotation of an Ingress is a finding at its key, so that each
 * one gets its own decision.
 */
public final class IngressSnippetCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-066", "ingress-nginx-snippets")
            .title("NGINX configuration snippets in Ingress annotations")
            .severity(Severity.MEDIUM)
            .criteria("TEC-6")
            .equivalent(Peer.KUBESCAPE, "C-0059")
            .equivalent(Peer.CHECKOV, "CKV_K8S_153")
            .equivalent(Peer.CHECKOV, "CKV_K8S_152")
            .equivalent(Peer.TRIVY, "KCV-0093")
            .build();

    private static final String SWITCH = "allow-snippet-annotations";

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("Ingress", "ConfigMap");
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return switch (object.kind()) {
            case "Ingress" -> true;
            case "ConfigMap" -> object.ref().apiVersion().equals("v1") && object.root().path("data", SWITCH).isPresent();
            default -> false;
        };
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        if (object.kind().equals("ConfigMap")) {
            object.root().map("data").flatMap(d -> d.entry(SWITCH))
                    .filter(e -> e.value() instanceof YScalar s && s.text().equalsIgnoreCase("true"))
                    .ifPresent(e -> sink.report(e, Services.describe(object) + " sets " + SWITCH
                            + ": \"true\", so the ingress-nginx controller reading it applies the snippet annotations of every"
                            + " Ingress in the cluster: set it to \"false\" (the default since ingress-nginx 1.9)"));
            return;
        }
        object.metadata().flatMap(m -> m.map("annotations")).ifPresent(annotations -> {
            for (YEntry e : annotations.entries()) {
                String key = e.key().text();
                if (isSnippet(key) && e.value() instanceof YScalar value && !value.isNull()) {
                    sink.report(e, Services.describe(object) + " sets " + key + ", raw NGINX configuration that runs in"
                            + " the shared ingress controller, where it can read the controller's credentials and every"
                            + " other Ingress's traffic (CVE-2021-25742): use the controller's dedicated annotations instead");
                }
            }
        });
    }

    static boolean isSnippet(String key) {
        return key.startsWith("nginx.ingress.kubernetes.io/") && key.endsWith("-snippet")
                || key.startsWith("nginx.org/") && key.endsWith("-snippets");
    }
}
