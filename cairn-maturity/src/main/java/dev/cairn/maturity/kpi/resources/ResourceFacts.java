package dev.cairn.maturity.kpi.resources;

import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.k8s.Quantity;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link ResourceFact} of one object while its tree is still there. Pure. */
public final class ResourceFacts {
    private ResourceFacts() {}

    /** The resource fact of a workload, HorizontalPodAutoscaler or PersistentVolumeClaim; empty for other kinds. */
    public static Optional<ResourceFact> of(K8sObject object) {
        String kind = object.kind();
        if (kind.equals("HorizontalPodAutoscaler")) {
            return Optional.of(autoscaler(object));
        }
        if (kind.equals("PersistentVolumeClaim")) {
            BigDecimal bytes = object.root().path("spec", "resources", "requests", "storage")
                    .flatMap(YNode::asScalar).flatMap(ResourceFacts::quantity).orElse(null);
            return Optional.of(new VolumeClaim(object.ref(), object.location(), object.variant(), bytes));
        }
        WorkloadType type = WorkloadType.of(kind);
        if (type == null) {
            return Optional.empty();
        }
        return PodSpecView.of(object).map(pod -> workload(object, type, pod));
    }

    private static WorkloadResources workload(K8sObject object, WorkloadType type, PodSpecView pod) {
        int[] invalid = {0};
        List<ContainerResources> containers = new ArrayList<>();
        List<ContainerResources> init = new ArrayList<>();
        for (ContainerView c : pod.containers(ContainerKind.CONTAINER)) {
            containers.add(container(c, invalid));
        }
        for (ContainerView c : pod.containers(ContainerKind.INIT)) {
            boolean sidecar = c.node().string("restartPolicy").filter("Always"::equals).isPresent();
            (sidecar ? containers : init).add(container(c, invalid));
        }
        Integer replicas = switch (object.kind()) {
            case "Job" -> integer(object.root().path("spec", "parallelism"));
            case "CronJob" -> integer(object.root().path("spec", "jobTemplate", "spec", "parallelism"));
            case "Pod" -> null;
            default -> integer(object.root().path("spec", "replicas"));
        };
        BigDecimal claims = BigDecimal.ZERO;
        if (object.kind().equals("StatefulSet")) {
            claims = object.root().path("spec", "volumeClaimTemplates").flatMap(YNode::asSeq)
                    .map(seq -> seq.items().stream()
                            .map(t -> t.asMap().flatMap(m -> m.path("spec", "resources", "requests", "storage"))
                                    .flatMap(YNode::asScalar).flatMap(ResourceFacts::quantity).orElse(BigDecimal.ZERO))
                            .reduce(BigDecimal.ZERO, BigDecimal::add))
                    .orElse(BigDecimal.ZERO);
        }
        return new WorkloadResources(object.ref(), object.location(), object.variant(), type, replicas, containers,
                init, claims, invalid[0]);
    }

    private static ContainerResources container(ContainerView c, int[] invalid) {
        Optional<YMap> resources = c.resources();
        Optional<YMap> requests = resources.flatMap(r -> r.map("requests"));
        Optional<YMap> limits = resources.flatMap(r -> r.map("limits"));
        return new ContainerResources(c.name(),
                value(requests, "cpu", invalid), value(requests, "memory", invalid),
                value(limits, "cpu", invalid), value(limits, "memory", invalid));
    }

    /** A quantity entry; present but invalid (or negative) counts as not set, and is counted. */
    private static BigDecimal value(Optional<YMap> map, String key, int[] invalid) {
        Optional<YScalar> scalar = map.flatMap(m -> m.get(key)).flatMap(YNode::asScalar).filter(s -> !s.isNull());
        if (scalar.isEmpty()) {
            if (map.flatMap(m -> m.get(key)).filter(n -> !(n instanceof YScalar s && s.isNull())).isPresent()) {
                invalid[0]++;
            }
            return null;
        }
        Optional<BigDecimal> q = quantity(scalar.get());
        if (q.isEmpty()) {
            invalid[0]++;
        }
        return q.orElse(null);
    }

    private static Optional<BigDecimal> quantity(YScalar s) {
        return s.string().flatMap(Quantity::parse).filter(v -> v.signum() >= 0);
    }

    private static Integer integer(Optional<YNode> node) {
        return node.flatMap(YNode::asScalar).flatMap(YScalar::asLong)
                .filter(v -> v >= 0 && v <= Integer.MAX_VALUE).map(Long::intValue).orElse(null);
    }

    private static Autoscaler autoscaler(K8sObject object) {
        Optional<YMap> spec = object.root().map("spec");
        Optional<YMap> target = spec.flatMap(s -> s.map("scaleTargetRef"));
        Integer min = integer(spec.flatMap(s -> s.get("minReplicas")));
        Integer max = integer(spec.flatMap(s -> s.get("maxReplicas")));
        return new Autoscaler(object.ref(), object.location(), object.variant(),
                target.flatMap(t -> t.string("kind")).orElse(""), target.flatMap(t -> t.string("name")).orElse(""),
                min == null ? 1 : min, max);
    }
}
