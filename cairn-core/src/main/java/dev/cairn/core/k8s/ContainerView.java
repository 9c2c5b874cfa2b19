package dev.cairn.core.k8s;

import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import java.util.Optional;

/** One container of a pod spec, with the pod-level fallbacks Kubernetes applies. */
public record ContainerView(PodSpecView pod, ContainerKind kind, YMap node) {

    public String name() {
        return node.string("name").orElse("");
    }

    public Optional<YMap> securityContext() {
        return node.map("securityContext");
    }

    /**
     * A security setting as Kubernetes applies it: the container's {@code securityContext} field, else the
     * pod's. Valid only for fields that exist at both levels (runAsNonRoot, runAsUser, runAsGroup,
     * seccompProfile, seLinuxOptions, appArmorProfile, windowsOptions).
     */
    public Optional<Setting> effectiveSecurity(String field) {
        Optional<YEntry> own = securityContext().flatMap(sc -> sc.entry(field));
        if (own.isPresent()) {
            return Optional.of(new Setting(own.get(), false));
        }
        return pod.securityContext().flatMap(sc -> sc.entry(field)).map(e -> new Setting(e, true));
    }

    /** A resolved setting and whether it was inherited from the pod's security context. */
    public record Setting(YEntry entry, boolean fromPod) {
        public YNode value() {
            return entry.value();
        }
    }
}
