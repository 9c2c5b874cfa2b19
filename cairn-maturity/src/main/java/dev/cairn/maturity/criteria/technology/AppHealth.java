package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a cluster's status says about the applications in it (Kubernetes' own namespaces left out):
 * Deployments available, Services with ready endpoints, Ingresses with an address, pods ready with few
 * restarts, and no Warning events of scheduling, pulling or crashing. Each object judged becomes one
 * piece of evidence, healthy or not.
 */
record AppHealth(List<EvidenceItem> healthy, List<EvidenceItem> problems) {
    static final int MANY_RESTARTS = 5;
    private static final Set<String> SYSTEM = Set.of("kube-system", "kube-public", "kube-node-lease");
    /** Warning reasons of pods that could not be placed, pull their image or stay up. */
    private static final Set<String> FAILING_EVENTS = Set.of("FailedScheduling", "BackOff", "Failed");

    static AppHealth of(ClusterSnapshot cluster) {
        List<EvidenceItem> healthy = new ArrayList<>();
        List<EvidenceItem> problems = new ArrayList<>();
        for (K8sObject o : cluster.objects()) {
            if (o.ref().namespace() == null || SYSTEM.contains(o.ref().namespace())) {
                continue;
            }
            Optional<String> problem = switch (o.kind()) {
                case "Deployment" -> Optional.of(deployment(o));
                case "Pod" -> Optional.of(pod(o));
                case "Service" -> service(o, cluster);
                case "Ingress" -> Optional.of(ingress(o));
                case "Event" -> event(o);
                default -> Optional.empty();
            };
            problem.ifPresent(p -> (p.startsWith("!") ? problems : healthy)
                    .add(EvidenceItem.clusterObject(o.ref(), p.startsWith("!") ? p.substring(1) : p)));
        }
        return new AppHealth(healthy, problems);
    }

    /** Judged something: at least one Deployment, Pod, Service or Ingress of an application. */
    boolean judged() {
        return !healthy.isEmpty() || !problems.isEmpty();
    }

    // each judge returns a summary; a leading "!" marks a problem

    private static String deployment(K8sObject o) {
        boolean available = conditions(o).stream().anyMatch(c -> c.string("type").orElse("").equals("Available")
                && c.string("status").orElse("").equals("True"));
        long ready = number(o.root(), "status", "availableReplicas");
        long wanted = o.root().path("spec", "replicas").flatMap(YNode::asScalar).flatMap(YScalar::asLong).orElse(1L);
        String counts = ready + "/" + wanted + " replicas available";
        return available && ready >= wanted ? "Deployment available, " + counts : "!Deployment not available: " + counts;
    }

    private static String pod(K8sObject o) {
        List<YMap> statuses = o.root().path("status", "containerStatuses").flatMap(YNode::asSeq).map(YSeq::items)
                .orElse(List.of()).stream().map(YNode::asMap).flatMap(Optional::stream).toList();
        long restarts = statuses.stream().mapToLong(s -> s.scalar("restartCount").flatMap(YScalar::asLong).orElse(0L)).sum();
        boolean ready = !statuses.isEmpty() && statuses.stream().allMatch(s -> s.scalar("ready").map(YScalar::isTrue).orElse(false));
        String phase = o.root().path("status", "phase").flatMap(YNode::asScalar).map(YScalar::text).orElse("unknown");
        if (phase.equals("Succeeded")) {
            return "pod completed";
        }
        if (!ready) {
            return "!pod not ready (" + phase + ", " + restarts + " restarts)";
        }
        return restarts > MANY_RESTARTS ? "!pod ready but restarted " + restarts + " times" : "pod ready, " + restarts + " restarts";
    }

    /** A Service that selects pods needs an EndpointSlice with a ready endpoint; one without a selector is left out. */
    private static Optional<String> service(K8sObject o, ClusterSnapshot cluster) {
        if (o.root().path("spec", "selector").flatMap(YNode::asMap).map(m -> m.size() == 0).orElse(true)) {
            return Optional.empty();
        }
        boolean endpoints = cluster.ofKind("EndpointSlice").stream()
                .filter(s -> o.ref().namespace().equals(s.ref().namespace())
                        && o.ref().name().equals(s.labels().get("kubernetes.io/service-name")))
                .flatMap(s -> s.root().seq("endpoints").map(YSeq::items).orElse(List.of()).stream())
                .map(YNode::asMap).flatMap(Optional::stream)
                .anyMatch(e -> e.path("conditions", "ready").flatMap(YNode::asScalar).map(r -> !r.isFalse()).orElse(true));
        return Optional.of(endpoints ? "Service has ready endpoints" : "!Service has no ready endpoints");
    }

    private static String ingress(K8sObject o) {
        boolean address = o.root().path("status", "loadBalancer", "ingress").flatMap(YNode::asSeq)
                .map(s -> !s.items().isEmpty()).orElse(false);
        return address ? "Ingress has an address" : "!Ingress has no address";
    }

    private static Optional<String> event(K8sObject o) {
        String reason = o.root().string("reason").orElse("");
        if (!"Warning".equals(o.root().string("type").orElse("")) || !FAILING_EVENTS.contains(reason)) {
            return Optional.empty();
        }
        String on = o.root().path("involvedObject", "name").flatMap(YNode::asScalar).map(YScalar::text).orElse("?");
        return Optional.of("!Warning " + reason + " on " + on + ": " + o.root().string("message").orElse(""));
    }

    private static List<YMap> conditions(K8sObject o) {
        return o.root().path("status", "conditions").flatMap(YNode::asSeq).map(YSeq::items).orElse(List.of()).stream()
                .map(YNode::asMap).flatMap(Optional::stream).toList();
    }

    private static long number(YMap root, String... path) {
        return root.path(path).flatMap(YNode::asScalar).flatMap(YScalar::asLong).orElse(0L);
    }
}
