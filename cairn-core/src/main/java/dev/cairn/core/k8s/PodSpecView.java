package dev.cairn.core.k8s;

import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pod spec inside any workload kind, so that checks written once cover Pod, Deployment,
 * StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job and CronJob (and PodTemplate).
 * Built once per object ({@link K8sObject#podSpec()}); its container views are built once too, on first use,
 * instead of once per container check.
 */
public final class PodSpecView {
    private final K8sObject owner;
    private final YMap spec;
    private final Optional<YMap> podMetadata;
    private final YMap template;
    private List<ContainerView> containers;
    /** Read by many container checks per container: looked up once (a view stays on its object's thread). */
    private Optional<YMap> securityContext;
    private Optional<YMap> podAnnotations;
    private Boolean windows;

    public PodSpecView(K8sObject owner, YMap spec, Optional<YMap> podMetadata) {
        this(owner, spec, podMetadata, null);
    }

    private PodSpecView(K8sObject owner, YMap spec, Optional<YMap> podMetadata, YMap template) {
        this.owner = owner;
        this.spec = spec;
        this.podMetadata = podMetadata;
        this.template = template;
    }

    /** The workload the pod spec belongs to. */
    public K8sObject owner() {
        return owner;
    }

    /** The pod spec mapping ({@code spec} of a Pod, {@code spec.template.spec} of a Deployment, ...). */
    public YMap spec() {
        return spec;
    }

    /** The pod template mapping of a controller ({@code spec.template} of a Deployment, ...); empty for a Pod. */
    public Optional<YMap> template() {
        return Optional.ofNullable(template);
    }

    /** The pod's metadata: the Pod's own, or the template's for controllers. */
    public Optional<YMap> podMetadata() {
        return podMetadata;
    }

    /** Where each kind keeps its pod template. */
    private static final Map<String, String[]> TEMPLATE_PATHS = Map.of(
            "Deployment", new String[] {"spec", "template"},
            "StatefulSet", new String[] {"spec", "template"},
            "DaemonSet", new String[] {"spec", "template"},
            "ReplicaSet", new String[] {"spec", "template"},
            "ReplicationController", new String[] {"spec", "template"},
            "Job", new String[] {"spec", "template"},
            "CronJob", new String[] {"spec", "jobTemplate", "spec", "template"},
            "PodTemplate", new String[] {"template"});

    /** The kinds that carry a pod spec. */
    public static final Set<String> WORKLOAD_KINDS = Stream.concat(Stream.of("Pod"), TEMPLATE_PATHS.keySet().stream())
            .collect(Collectors.toUnmodifiableSet());

    public static boolean isWorkloadKind(String kind) {
        return WORKLOAD_KINDS.contains(kind);
    }

    /** The pod spec of a workload, or empty for other kinds and for workloads without a spec. */
    public static Optional<PodSpecView> of(K8sObject object) {
        return object.podSpec();
    }

    static Optional<PodSpecView> compute(K8sObject object) {
        String kind = object.kind();
        if (kind.equals("Pod")) {
            return object.root().map("spec").map(spec -> new PodSpecView(object, spec, object.metadata()));
        }
        String[] path = TEMPLATE_PATHS.get(kind);
        if (path == null) {
            return Optional.empty();
        }
        Optional<YMap> template = object.root().path(path).flatMap(YNode::asMap);
        return template.flatMap(t -> t.map("spec")
                .map(spec -> new PodSpecView(object, spec, t.map("metadata"), t)));
    }

    public Optional<YMap> securityContext() {
        if (securityContext == null) {
            securityContext = spec.map("securityContext");
        }
        return securityContext;
    }

    /** Whether the pod declares {@code spec.os.name: windows}; Linux-only settings do not apply to it. */
    public boolean isWindows() {
        if (windows == null) {
            windows = spec.path("os", "name").flatMap(YNode::asScalar).map(s -> s.text().equals("windows")).orElse(false);
        }
        return windows;
    }

    /** The pod's annotations mapping (the template's for controllers), when it has one. */
    public Optional<YMap> podAnnotations() {
        if (podAnnotations == null) {
            podAnnotations = podMetadata.flatMap(m -> m.map("annotations"));
        }
        return podAnnotations;
    }

    /** Containers, init containers and ephemeral containers, in that order. */
    public List<ContainerView> allContainers() {
        if (containers == null) {
            List<ContainerView> out = new ArrayList<>();
            for (ContainerKind kind : ContainerKind.values()) {
                spec.seq(kind.field()).ifPresent(seq -> seq.items().forEach(item ->
                        item.asMap().ifPresent(map -> out.add(new ContainerView(this, kind, map)))));
            }
            containers = List.copyOf(out);
        }
        return containers;
    }

    public List<ContainerView> containers(ContainerKind kind) {
        List<ContainerView> out = new ArrayList<>(2);
        for (ContainerView c : allContainers()) {
            if (c.kind() == kind) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "PodSpecView[" + owner.ref() + " " + spec.pointer() + "]";
    }
}
