package dev.cairn.checks.k8s;

import dev.cairn.core.check.FindingSink;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.yaml.YEntry;
import java.util.Optional;

/** Reading {@code resources} of a container. */
final class Resources {
    private Resources() {}

    /** Whether {@code resources.<section>.<resource>} holds a value. */
    static boolean isSet(ContainerView container, String section, String resource) {
        return container.resources().flatMap(r -> r.map(section)).flatMap(m -> m.scalar(resource))
                .map(s -> !s.isNull() && !s.text().isBlank()).orElse(false);
    }

    /** A request is set explicitly, or defaults to the limit as Kubernetes does. */
    static boolean isRequested(ContainerView container, String resource) {
        return isSet(container, "requests", resource) || isSet(container, "limits", resource);
    }

    /** Reports at the nearest existing {@code resources.<section>} entry, {@code resources} entry or the container. */
    static void report(FindingSink sink, ContainerView container, String section, String message) {
        Optional<YEntry> resources = container.node().entry("resources");
        Optional<YEntry> entry = resources.flatMap(r -> r.value().asMap()).flatMap(m -> m.entry(section)).or(() -> resources);
        if (entry.isPresent()) {
            sink.report(entry.get(), message);
        } else {
            sink.report(container.node(), message);
        }
    }
}
