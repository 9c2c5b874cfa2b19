package dev.cairn.checks.schema;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;

/**
 * A value of the wrong JSON type for its field ({@code replicas: two}, {@code ports} as a mapping, an
 * unquoted number as an environment variable's value). The API server cannot decode the object and rejects
 * it, so the deployment fails. Judged against schemas generated from the fabric8 model for the common
 * built-in kinds only.
 */
public final class FieldTypeCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-071", "invalid-field-type")
            .title("Field value has the wrong type for the Kubernetes schema")
            .severity(Severity.HIGH)
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
            if (v.kind() == SchemaViolations.Kind.WRONG_TYPE) {
                if (v.entry() != null) {
                    sink.report(v.entry(), v.message());
                } else {
                    sink.report(v.node(), v.message());
                }
            }
        }
    }
}
