package dev.cairn.core.check;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YScalar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The few facts about an object that cross-object checks need, kept after its tree is dropped so that
 * memory does not grow with the repository.
 *
 * @param podLabels        labels of the pod template (workloads only)
 * @param selector         {@code spec.selector.matchLabels}, or {@code spec.selector} of a Service
 * @param replicas         {@code spec.replicas} when set
 * @param serviceAccount   {@code serviceAccountName} of the pod spec (workloads only)
 */
public record ObjectSummary(
        ObjectRef ref, Location location, String variant, Map<String, String> labels,
        Map<String, String> podLabels, Map<String, String> selector, Integer replicas,
        String serviceAccount, boolean workload) {

    public ObjectSummary {
        labels = Map.copyOf(labels);
        podLabels = Map.copyOf(podLabels);
        selector = Map.copyOf(selector);
    }

    public static ObjectSummary of(K8sObject object) {
        Optional<PodSpecView> pod = PodSpecView.of(object);
        Map<String, String> podLabels = pod.flatMap(PodSpecView::podMetadata)
                .flatMap(m -> m.map("labels")).map(ObjectSummary::strings).orElse(Map.of());
        Optional<YMap> selectorNode = object.root().path("spec", "selector").flatMap(n -> n.asMap());
        Map<String, String> selector = selectorNode
                .map(s -> s.map("matchLabels").map(ObjectSummary::strings).orElseGet(() -> strings(s)))
                .orElse(Map.of());
        Integer replicas = object.root().path("spec", "replicas").flatMap(n -> n.asScalar())
                .flatMap(YScalar::asLong).map(Long::intValue).orElse(null);
        String serviceAccount = pod.flatMap(p -> p.spec().string("serviceAccountName")).orElse(null);
        return new ObjectSummary(object.ref(), object.location(), object.variant(), object.labels(), podLabels,
                selector, replicas, serviceAccount, pod.isPresent());
    }

    private static Map<String, String> strings(YMap map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.entries().forEach(e -> {
            if (e.value() instanceof YScalar s && !s.isNull()) {
                out.put(e.key().text(), s.text());
            }
        });
        return out;
    }
}
