package dev.cairn.checks.template;

import dev.cairn.core.check.FindingSink;
import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.PodSpecView;
import java.util.EnumSet;
import java.util.Set;

/**
 * Lifts a per-container judgement into a check over every workload kind (kube-linter's per-container
 * pattern). Subclasses choose which container lists they judge.
 */
public abstract class ContainerCheck extends PodSpecCheck {
    private final Set<ContainerKind> kinds;

    protected ContainerCheck(Set<ContainerKind> kinds) {
        this.kinds = EnumSet.noneOf(ContainerKind.class);
        this.kinds.addAll(kinds);
    }

    /** Judges containers, init containers and ephemeral containers. */
    protected ContainerCheck() {
        this(Set.of(ContainerKind.values()));
    }

    @Override
    protected final void check(PodSpecView pod, FindingSink sink) {
        for (ContainerView container : pod.allContainers()) {
            if (kinds.contains(container.kind())) {
                check(container, sink);
            }
        }
    }

    protected abstract void check(ContainerView container, FindingSink sink);

    /** {@code container "web" of Deployment shop/web}, for messages. */
    protected static String describe(ContainerView c) {
        String what = switch (c.kind()) {
            case CONTAINER -> "container";
            case INIT -> "init container";
            case EPHEMERAL -> "ephemeral container";
        };
        return what + " \"" + c.name() + "\" of " + describe(c.pod());
    }
}
