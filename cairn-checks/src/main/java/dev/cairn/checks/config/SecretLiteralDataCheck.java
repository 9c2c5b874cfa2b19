package dev.cairn.checks.config;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Secret committed with values in {@code data} or {@code stringData} puts the credential in the
 * repository and in every clone of its history; base64 is an encoding, not encryption. A file encrypted
 * with SOPS (a top-level {@code sops} key, values {@code ENC[...]}) passes for every encrypted value, and
 * SealedSecret or ExternalSecret objects are other kinds altogether. Empty values and {@code ${VAR}}
 * placeholders filled at deploy time carry no secret.
 */
public final class SecretLiteralDataCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-056", "secret-literal-data")
            .title("Secret with unencrypted data is committed")
            .severity(Severity.HIGH)
            .criteria("TEC-29")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("Secret");
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return object.kind().equals("Secret") && object.ref().apiVersion().equals("v1");
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        String who = "Secret " + (object.ref().namespace() == null ? "" : object.ref().namespace() + "/") + object.ref().name();
        for (String field : List.of("data", "stringData")) {
            object.root().entry(field).ifPresent(entry -> {
                List<String> keys = plainKeys(entry);
                if (!keys.isEmpty()) {
                    sink.report(entry, who + " stores " + keys.size() + (keys.size() == 1 ? " value" : " values")
                            + " unencrypted under " + field + " (" + String.join(", ", keys) + ")"
                            + ": encrypt the file with SOPS, or use a SealedSecret or an ExternalSecret"
                            + (field.equals("data") ? "; base64 is not encryption" : ""));
                }
            });
        }
    }

    private static List<String> plainKeys(YEntry entry) {
        List<String> keys = new ArrayList<>();
        entry.value().asMap().map(YMap::entries).ifPresent(entries -> entries.forEach(e -> {
            boolean plain = e.value().asScalar().flatMap(YScalar::string).map(SecretNames::isLiteral).orElse(false);
            if (plain) {
                keys.add(e.key().text());
            }
        }));
        return keys;
    }
}
