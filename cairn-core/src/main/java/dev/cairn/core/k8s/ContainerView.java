package dev.cairn.core.k8s;

import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One container of a pod spec, with the pod-level fallbacks Kubernetes applies. About twenty checks read
 * each container, most of them its name and security context: those are looked up once, on first use
 * (a view stays on the thread that reads its object).
 */
public final class ContainerView {
    private final PodSpecView pod;
    private final ContainerKind kind;
    private final YMap node;
    private String name;
    private Optional<YMap> securityContext;
    private Optional<YMap> resources;

    public ContainerView(PodSpecView pod, ContainerKind kind, YMap node) {
        this.pod = pod;
        this.kind = kind;
        this.node = node;
    }

    public PodSpecView pod() {
        return pod;
    }

    public ContainerKind kind() {
        return kind;
    }

    public YMap node() {
        return node;
    }

    public String name() {
        if (name == null) {
            name = node.string("name").orElse("");
        }
        return name;
    }

    public Optional<YMap> securityContext() {
        if (securityContext == null) {
            securityContext = node.map("securityContext");
        }
        return securityContext;
    }

    /** The {@code resources} mapping (requests, limits), read by the request, limit and cost checks. */
    public Optional<YMap> resources() {
        if (resources == null) {
            resources = node.map("resources");
        }
        return resources;
    }

    /** The {@code field} entry ({@code hostPort}, {@code containerPort}) of each of the container's ports that has one. */
    public List<YEntry> portEntries(String field) {
        List<YEntry> out = new ArrayList<>();
        node.seq("ports").ifPresent(ports -> {
            for (YNode port : ports.items()) {
                port.asMap().flatMap(p -> p.entry(field)).ifPresent(out::add);
            }
        });
        return out;
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

    /** The same container list entry of the same pod spec. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ContainerView c && c.pod == pod && c.kind == kind && c.node == node;
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(pod), kind, System.identityHashCode(node));
    }

    @Override
    public String toString() {
        return "ContainerView[" + kind + " " + node.pointer() + "]";
    }

    /** A resolved setting and whether it was inherited from the pod's security context. */
    public record Setting(YEntry entry, boolean fromPod) {
        public YNode value() {
            return entry.value();
        }
    }
}
