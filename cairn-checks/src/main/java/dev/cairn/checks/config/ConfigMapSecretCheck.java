package dev.cairn.checks.config;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.ScalarType;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ConfigMaps are readable by anyone who may read configuration, are not encrypted at rest by default and
 * are printed by every {@code kubectl describe}. Two shapes are reported: a key that names a credential with
 * a literal value ({@code DB_PASSWORD: hunter2}), and a config file among the data whose lines set one
 * ({@code spring.datasource.password=hunter2} in {@code application.properties}). Placeholders that the
 * application fills from its environment ({@code ${DB_PASSWORD}}) pass.
 */
public final class ConfigMapSecretCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-058", "configmap-secret")
            .title("ConfigMap holds a secret-looking value")
            .severity(Severity.MEDIUM)
            .criteria("TEC-23", "TEC-29")
            .equivalent(Peer.POLARIS, "sensitiveConfigmapContent")
            .equivalent(Peer.KUBESCAPE, "C-0012")
            .equivalent(Peer.TRIVY, "KSV-0109")
            .equivalent(Peer.TRIVY, "KSV-01010")
            .build();

    /**
     * System files whose {@code key: value} lines are not settings: nsswitch.conf names lookup databases
     * ({@code passwd: files}), a false positive found on real manifests.
     */
    private static final Set<String> NOT_SETTINGS = Set.of("nsswitch.conf");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("ConfigMap");
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return object.kind().equals("ConfigMap") && object.ref().apiVersion().equals("v1");
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        String who = "ConfigMap " + (object.ref().namespace() == null ? "" : object.ref().namespace() + "/")
                + object.ref().name();
        object.root().map("data").ifPresent(data -> {
            for (YEntry entry : data.entries()) {
                Optional<String> value = entry.value().asScalar()
                        .filter(s -> s.type() == ScalarType.STRING).flatMap(YScalar::string);
                if (value.isEmpty()) {
                    continue;
                }
                String key = entry.key().text();
                if (NOT_SETTINGS.contains(key)) {
                    continue;
                }
                if (value.get().contains("\n")) {
                    List<String> settings = SecretNames.settingsIn(value.get());
                    if (!settings.isEmpty()) {
                        sink.report(entry, who + " sets " + String.join(", ", settings) + " in " + key
                                + ": move the credentials to a Secret and reference them, e.g. as ${ENV_VAR}");
                    }
                } else if (SecretNames.looksSecret(key) && SecretNames.isLiteral(value.get())) {
                    sink.report(entry, who + " holds a secret-looking value under " + key
                            + ": move it to a Secret and reference that instead");
                }
            }
        });
    }
}
