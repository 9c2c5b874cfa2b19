package dev.cairn.core.k8s;

import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pod spec inside any workload kind, so that checks written once cover Pod, Deployment,
 * StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job and CronJob (and PodTemplate).
 */
public record PodSpecView(K8sObject owner, YMap spec, Optional<YMap> podMetadata) {

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

    public static boolean isWorkloadKind(String kind) {
        return kind.equals("Pod") || TEMPLATE_PATHS.containsKey(kind);
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
                .map(spec -> new PodSpecView(object, spec, t.map("metadata"))));
    }

    public Optional<YMap> securityContext() {
        return spec.map("securityContext");
    }

    /** Containers, init containers and ephemeral containers, in that order. */
    public List<ContainerView> allContainers() {
        List<ContainerView> out = new ArrayList<>();
        for (ContainerKind kind : ContainerKind.values()) {
            out.addAll(containers(kind));
        }
        return out;
    }

    public List<ContainerView> containers(ContainerKind kind) {
        List<ContainerView> out = new ArrayList<>();
        spec.seq(kind.field()).ifPresent(seq -> seq.items().forEach(item ->
                item.asMap().ifPresent(map -> out.add(new ContainerView(this, kind, map)))));
        return out;
    }
}
