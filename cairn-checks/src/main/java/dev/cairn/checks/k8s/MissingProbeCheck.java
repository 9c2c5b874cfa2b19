package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.K8sObject;
import java.util.Set;

/**
 * A probe every long-running app container should declare. Batch workloads (Job, CronJob) serve no
 * traffic and end on their own, so they are out of scope, as are init and ephemeral containers.
 */
abstract class MissingProbeCheck extends ContainerCheck {
    private final String field;
    private final String advice;

    /**
     * @param field  the container field, e.g. {@code readinessProbe}
     * @param advice what to add, appended to the message
     */
    MissingProbeCheck(String field, String advice) {
        super(Set.of(ContainerKind.CONTAINER));
        this.field = field;
        this.advice = advice;
    }

    @Override
    public final boolean appliesTo(K8sObject object) {
        return !object.kind().equals("Job") && !object.kind().equals("CronJob") && super.appliesTo(object);
    }

    @Override
    protected final void check(ContainerView container, FindingSink sink) {
        if (container.node().get(field).isEmpty()) {
            sink.report(container.node(), describe(container) + " has no " + field + ": " + advice);
        }
    }
}
