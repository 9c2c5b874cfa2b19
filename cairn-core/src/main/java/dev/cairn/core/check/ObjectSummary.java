package dev.cairn.core.check;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.LabelSelector;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.k8s.Rbac;
import dev.cairn.core.memo.BoundedMemo;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few facts about an object that cross-object checks need, kept after its tree is dropped so that
 * memory does not grow with the repository. Everything here is a plain value: no node of the tree survives.
 *
 * @param podLabels        labels of the pod template: a workload's, or the one a custom resource embeds for its
 *                         controller to make pods from ({@code spec.podTemplate} of an agent SandboxTemplate,
 *                         {@code spec.template} of an Argo Rollout or a Knative Service)
 * @param selector         {@code spec.selector.matchLabels}, or {@code spec.selector} of a Service
 * @param replicas         {@code spec.replicas} when set
 * @param serviceAccount   {@code serviceAccountName} of the pod spec, else its deprecated {@code serviceAccount}
 *                         (workloads only)
 * @param labelSelector    the whole selector when one is declared, else null: {@code spec.podSelector} of a
 *                         NetworkPolicy, the plain {@code spec.selector} map of a Service or
 *                         ReplicationController, {@code spec.selector} of other kinds (PodDisruptionBudget,
 *                         Deployment, ...)
 * @param automountToken   {@code automountServiceAccountToken} of a workload's pod spec or of a ServiceAccount,
 *                         null when not set
 * @param rbac             role rules, or binding roleRef and subjects, of RBAC objects; null for other kinds
 * @param suppressions     the object's {@code ignore-check.cairn.dev/<id-or-slug>} annotations, keyed by id or
 *                         slug, so that cross-object findings on it honour them
 * @param replicasAt       where a finding about the replica count of a Deployment or StatefulSet is reported:
 *                         its {@code spec.replicas}, else its {@code spec}; null for other kinds, and where
 *                         {@code spec.replicas} holds no number (a template placeholder)
 * @param scaleTarget      what a HorizontalPodAutoscaler scales, and its lowest replica count; null for other kinds
 * @param backends         the Services an Ingress or a Gateway API route sends traffic to, by name, in its own
 *                         namespace; empty for other kinds
 * @param budget           what a PodDisruptionBudget keeps available; null for other kinds
 */
public record ObjectSummary(
        ObjectRef ref, Location location, String variant, Map<String, String> labels,
        Map<String, String> podLabels, Map<String, String> selector, Integer replicas,
        String serviceAccount, boolean workload, LabelSelector labelSelector, Boolean automountToken, Rbac rbac,
        Map<String, String> suppressions, Place replicasAt, ScaleTarget scaleTarget, List<Backend> backends,
        DisruptionBudget budget) {

    /**
     * A node of the object, kept as plain values: where a finding at it is reported (for a rendered object, the
     * line a person edits) and its pointer relative to the object with container names for list indices,
     * which the fingerprint takes.
     */
    public record Place(Location location, String stablePointer) {}

    /**
     * A HorizontalPodAutoscaler's {@code scaleTargetRef} kind and name, its {@code minReplicas} (1 when unset,
     * as the API defaults it), and where that is set: its {@code spec.minReplicas}, else its {@code spec};
     * {@code nameAt} is the {@code scaleTargetRef.name}.
     */
    public record ScaleTarget(String kind, String name, Place nameAt, int minReplicas, Place minReplicasAt) {}

    /** A Service that an Ingress or a route sends traffic to, and where its name is written. */
    public record Backend(String service, Place at) {}

    /**
     * A PodDisruptionBudget's {@code minAvailable} and {@code maxUnavailable} as written (a count or a
     * percentage; null when unset) and where each is set.
     */
    public record DisruptionBudget(String minAvailable, Place minAvailableAt, String maxUnavailable, Place maxUnavailableAt) {}

    public ObjectSummary {
        labels = Map.copyOf(labels);
        podLabels = Map.copyOf(podLabels);
        selector = Map.copyOf(selector);
        suppressions = Map.copyOf(suppressions);
        backends = List.copyOf(backends);
    }

    public static ObjectSummary of(K8sObject object) {
        Optional<PodSpecView> pod = PodSpecView.of(object);
        Map<String, String> podLabels = pod.isPresent()
                ? pod.flatMap(PodSpecView::podMetadata).flatMap(m -> m.map("labels")).map(ObjectSummary::strings).orElse(Map.of())
                : embeddedTemplateLabels(object);
        Optional<YMap> selectorNode = object.root().path("spec", "selector").flatMap(n -> n.asMap());
        Map<String, String> selector = selectorNode
                .map(s -> s.map("matchLabels").map(ObjectSummary::strings).orElseGet(() -> strings(s)))
                .orElse(Map.of());
        Integer replicas = object.root().path("spec", "replicas").flatMap(n -> n.asScalar())
                .flatMap(YScalar::asLong).map(Long::intValue).orElse(null);
        String serviceAccount = pod.flatMap(p -> p.spec().string("serviceAccountName").filter(s -> !s.isEmpty())
                .or(() -> p.spec().string("serviceAccount").filter(s -> !s.isEmpty()))).orElse(null);
        Optional<YMap> automountOwner = pod.map(PodSpecView::spec)
                .or(() -> object.kind().equals("ServiceAccount") ? Optional.of(object.root()) : Optional.empty());
        Boolean automountToken = automountOwner.flatMap(m -> m.scalar("automountServiceAccountToken"))
                .filter(s -> s.isTrue() || s.isFalse()).map(YScalar::isTrue).orElse(null);
        LabelSelector labelSelector = labelSelector(object);
        return new ObjectSummary(object.ref(), object.location(), object.variant(), canonical(object.labels()),
                canonical(podLabels), canonical(selector), replicas, serviceAccount, pod.isPresent(),
                labelSelector == null ? null : new LabelSelector(canonical(labelSelector.matchLabels()),
                        labelSelector.matchExpressions()),
                automountToken, Rbac.of(object).orElse(null), suppressions(object), replicasAt(object), scaleTarget(object),
                backends(object), budget(object));
    }

    /**
     * The label keys and values a summary keeps, one instance per text. A repository repeats a few labels on
     * every object, while the parser gives each object its own strings: kept for the whole scan, those copies
     * were about a third of what a summary weighs. Bounded, like any memo of repository text.
     */
    private static final BoundedMemo<String> LABEL_TEXT = new BoundedMemo<>(50_000, text -> text);

    private static Map<String, String> canonical(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return labels;
        }
        Map<String, String> out = new LinkedHashMap<>();
        labels.forEach((key, value) -> out.put(LABEL_TEXT.apply(key), LABEL_TEXT.apply(value)));
        return out;
    }

    private static Place replicasAt(K8sObject object) {
        if (!object.kind().equals("Deployment") && !object.kind().equals("StatefulSet")) {
            return null;
        }
        Optional<YMap> spec = object.root().map("spec");
        Optional<YEntry> replicas = spec.flatMap(s -> s.entry("replicas"));
        if (replicas.isPresent()) {
            boolean number = replicas.get().value().asScalar().flatMap(YScalar::asLong).isPresent();
            return number ? place(object, object.locate(replicas.get()), replicas.get().value().pointer()) : null;
        }
        YNode at = spec.map(s -> (YNode) s).orElse(object.root());
        return place(object, object.locate(at), at.pointer());
    }

    private static List<Backend> backends(K8sObject object) {
        List<YEntry> names = Backends.of(object);
        if (names.isEmpty()) {
            return List.of();
        }
        return names.stream().map(e -> new Backend(e.value().asScalar().map(YScalar::text).orElse(""),
                place(object, object.locate(e), e.value().pointer()))).toList();
    }

    private static Place place(K8sObject object, Location at, String pointer) {
        return new Place(at, Fingerprints.stablePointer(object.root(), pointer));
    }

    private static ScaleTarget scaleTarget(K8sObject object) {
        if (!object.kind().equals("HorizontalPodAutoscaler")) {
            return null;
        }
        Optional<YMap> spec = object.root().map("spec");
        Optional<YMap> target = spec.flatMap(s -> s.map("scaleTargetRef"));
        String kind = target.flatMap(t -> t.string("kind")).orElse(null);
        Optional<YEntry> nameEntry = target.flatMap(t -> t.entry("name"));
        String name = target.flatMap(t -> t.string("name")).orElse(null);
        if (kind == null || name == null) {
            return null;
        }
        Place nameAt = place(object, object.locate(nameEntry.get()), nameEntry.get().value().pointer());
        Optional<YEntry> minEntry = spec.flatMap(s -> s.entry("minReplicas"));
        long min = minEntry.flatMap(e -> e.value().asScalar()).flatMap(YScalar::asLong).orElse(1L);
        Place at = minEntry.map(e -> place(object, object.locate(e), e.value().pointer()))
                .orElseGet(() -> place(object, object.locate(spec.get()), spec.get().pointer()));
        return new ScaleTarget(kind, name, nameAt, (int) Math.min(Integer.MAX_VALUE, Math.max(0, min)), at);
    }

    private static DisruptionBudget budget(K8sObject object) {
        if (!object.kind().equals("PodDisruptionBudget")) {
            return null;
        }
        Optional<YMap> spec = object.root().map("spec");
        Optional<YEntry> min = spec.flatMap(s -> s.entry("minAvailable"));
        Optional<YEntry> max = spec.flatMap(s -> s.entry("maxUnavailable"));
        return new DisruptionBudget(min.map(ObjectSummary::text).orElse(null), min.map(e -> place(object, e)).orElse(null),
                max.map(ObjectSummary::text).orElse(null), max.map(e -> place(object, e)).orElse(null));
    }

    private static String text(YEntry entry) {
        return entry.value() instanceof YScalar s && !s.isNull() ? s.text() : null;
    }

    private static Place place(K8sObject object, YEntry entry) {
        return place(object, object.locate(entry), entry.value().pointer());
    }

    /** The labels of a pod template embedded in an object of another kind, or none. */
    private static Map<String, String> embeddedTemplateLabels(K8sObject object) {
        return object.root().path("spec", "podTemplate", "metadata", "labels")
                .or(() -> object.root().path("spec", "template", "metadata", "labels"))
                .flatMap(YNode::asMap).map(ObjectSummary::strings).orElse(Map.of());
    }

    /**
     * The folder of the file the object comes from (for a rendered object, of its source): what
     * {@code kubectl apply -f}, a kustomization or a chart deploys together, for cross-object checks to which
     * a namespace alone (often unset in a repository of many apps) is too wide a scope.
     */
    public SourcePath folder() {
        return location.path().parent();
    }

    /** The namespace, or null when the manifest leaves it to kustomize or {@code kubectl -n}. */
    public String namespace() {
        return ref.namespace() == null || ref.namespace().isEmpty() ? null : ref.namespace();
    }

    private static LabelSelector labelSelector(K8sObject object) {
        String kind = object.kind();
        if (kind.equals("NetworkPolicy")) {
            return object.root().path("spec", "podSelector").flatMap(YNode::asMap).map(LabelSelector::of).orElse(null);
        }
        Optional<YMap> node = object.root().path("spec", "selector").flatMap(YNode::asMap);
        if (kind.equals("Service") || kind.equals("ReplicationController")) {
            return node.map(LabelSelector::ofMap).orElse(null);
        }
        return node.map(LabelSelector::of).orElse(null);
    }

    private static Map<String, String> suppressions(K8sObject object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.annotations().forEach((key, reason) -> {
            if (key.startsWith(Suppressions.ANNOTATION_PREFIX)) {
                out.put(key.substring(Suppressions.ANNOTATION_PREFIX.length()), reason);
            }
        });
        return out;
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
