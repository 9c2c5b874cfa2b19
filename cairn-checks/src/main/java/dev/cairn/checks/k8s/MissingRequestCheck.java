package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.k8s.ContainerView;
import java.util.Set;

/**
 * A resource request every container should declare; a limit without a request counts, as Kubernetes
 * copies the limit. Ephemeral containers cannot declare resources and are out of scope.
 */
abstract class MissingRequestCheck extends ContainerCheck {
    private final String resource;
    private final String label;
    private final String advice;

    /**
     * @param resource {@code cpu} or {@code memory}
     * @param label    how messages name it, e.g. {@code CPU}
     * @param advice   what to set, appended to the message
     */
    MissingRequestCheck(String resource, String label, String advice) {
        super(Set.of(ContainerKind.CONTAINER, ContainerKind.INIT));
        this.resource = resource;
        this.label = label;
        this.advice = advice;
    }

    @Override
    protected final void check(ContainerView container, FindingSink sink) {
        if (!Resources.isRequested(container, resource)) {
            Resources.report(sink, container, "requests", describe(container) + " has no " + label + " request: "
                    + advice);
        }
    }
}
