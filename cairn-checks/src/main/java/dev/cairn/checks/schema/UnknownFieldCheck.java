package dev.cairn.checks.schema;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;

/**
 * A field that the object's kind does not have, usually a misspelling ({@code contanerPort},
 * {@code livenessprobe}) or a field at the wrong level. Depending on how the manifest is applied, the API
 * server drops it, so the setting silently does not exist, or {@code kubectl} refuses the whole manifest.
 * Judged against schemas generated from the fabric8 model for the common built-in kinds only.
 */
public final class UnknownFieldCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-070", "unknown-field")
            .title("Field is not part of the object's Kubernetes schema")
            .severity(Severity.MEDIUM)
            .criteria("TEC-26")
            .equivalent(Peer.KUBE_LINTER, "schema-validation")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return SchemaViolations.applies(object);
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        for (SchemaViolations.Violation v : SchemaViolations.of(object)) {
            if (v.kind() == SchemaViolations.Kind.UNKNOWN_FIELD) {
                sink.report(v.node(), v.message());
            }
        }
    }
}
