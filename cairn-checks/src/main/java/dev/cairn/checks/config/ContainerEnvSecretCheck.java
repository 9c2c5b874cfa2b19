package dev.cairn.checks.config;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;

/**
 * An env var whose name says it holds a password, token or key, set with a literal {@code value}, puts the
 * credential in the manifest, in git and in every {@code kubectl get -o yaml}. Empty values, references to
 * other variables ({@code $(VAR)}) and {@code valueFrom} pass. The value itself never appears in the finding.
 */
public final class ContainerEnvSecretCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-057", "env-secret-literal")
            .title("Container env var holds a literal secret")
            .severity(Severity.HIGH)
            .criteria("TEC-23", "TEC-29")
            .equivalent(Peer.POLARIS, "sensitiveContainerEnvVar")
            .equivalent(Peer.KUBE_LINTER, "env-var-secret")
            .equivalent(Peer.KUBESCAPE, "C-0012")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        container.node().seq("env").ifPresent(env -> {
            for (YNode item : env.items()) {
                item.asMap().ifPresent(var -> {
                    String name = var.string("name").orElse("");
                    var.entry("value").filter(value -> SecretNames.looksSecret(name)).ifPresent(value -> {
                        boolean literal = value.value().asScalar().filter(ContainerEnvSecretCheck::textual)
                                .flatMap(YScalar::string).map(SecretNames::isLiteral).orElse(false);
                        if (literal) {
                            sink.report(value, "env var " + name + " of " + describe(container)
                                    + " holds a literal value: put it in a Secret and read it with valueFrom.secretKeyRef");
                        }
                    });
                });
            }
        });
    }

    /** Numbers and booleans ({@code TOKEN_REFRESH: 300}, {@code SECRET_ROTATION: true}) are settings, not secrets. */
    private static boolean textual(YScalar value) {
        return switch (value.type()) {
            case BOOL, INT, FLOAT, NULL -> false;
            default -> true;
        };
    }
}
