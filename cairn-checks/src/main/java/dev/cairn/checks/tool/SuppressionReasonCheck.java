package dev.cairn.checks.tool;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Suppressions;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;

/**
 * A suppression annotation silences a check on one object. Without a reason nobody can later tell a
 * deliberate exception from a shortcut, so an empty reason is itself a finding (the suppression still applies).
 */
public final class SuppressionReasonCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("CAIRN-003", "suppression-without-reason")
            .title("Suppression annotation gives no reason")
            .severity(Severity.LOW)
            .aspect(Aspect.POLICY)
            .criteria("POL-2")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return Suppressions.anyDeclaredIn(object.annotations());
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        object.metadata().flatMap(m -> m.map("annotations")).ifPresent(annotations -> {
            for (YEntry e : annotations.entries()) {
                String key = e.key().text();
                boolean empty = !(e.value() instanceof YScalar s) || s.string().map(String::isBlank).orElse(true);
                if (key.startsWith(Suppressions.ANNOTATION_PREFIX) && empty) {
                    sink.report(e, object.kind() + " " + object.ref().name() + " suppresses "
                            + key.substring(Suppressions.ANNOTATION_PREFIX.length())
                            + " without a reason: write why in the annotation value, e.g. \"node agent, reviewed by security 2026-11\"");
                }
            }
        });
    }
}
