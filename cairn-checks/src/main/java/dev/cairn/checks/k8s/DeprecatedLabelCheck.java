package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Well-known labels and annotations that Kubernetes replaced with GA names or with API fields: in the
 * object's and the pod template's labels and annotations, in {@code nodeSelector}, in node affinity
 * expressions and in the {@code topologyKey} of pod (anti-)affinity and topology spread constraints, and in
 * the node selectors of StorageClasses and PersistentVolumes. Findings point at the key.
 */
public final class DeprecatedLabelCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-062", "deprecated-label")
            .title("Object uses a deprecated well-known label or annotation")
            .severity(Severity.LOW)
            .criteria("TEC-26")
            .build();

    /** Deprecated node labels and their GA names. */
    private static final Map<String, String> LABELS = Map.of(
            "beta.kubernetes.io/os", "kubernetes.io/os",
            "beta.kubernetes.io/arch", "kubernetes.io/arch",
            "beta.kubernetes.io/instance-type", "node.kubernetes.io/instance-type",
            "failure-domain.beta.kubernetes.io/zone", "topology.kubernetes.io/zone",
            "failure-domain.beta.kubernetes.io/region", "topology.kubernetes.io/region");

    /** Deprecated annotations and the field that replaced them. */
    private static final Map<String, String> ANNOTATIONS = Map.of(
            "kubernetes.io/ingress.class", "spec.ingressClassName (with an IngressClass)",
            "seccomp.security.alpha.kubernetes.io/pod", "the pod's securityContext.seccompProfile");
    private static final String CONTAINER_SECCOMP = "container.seccomp.security.alpha.kubernetes.io/";

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return true;
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        Described what = new Described(object.ref());
        Optional<YMap> metadata = object.metadata();
        metadata.ifPresent(m -> labelsAndAnnotations(m, what, "", sink));
        Optional<PodSpecView> pod = PodSpecView.of(object);
        pod.flatMap(PodSpecView::podMetadata)
                .filter(m -> metadata.isEmpty() || m != metadata.get()) // a Pod's own metadata is already judged
                .ifPresent(m -> labelsAndAnnotations(m, what, "pod template ", sink));
        pod.ifPresent(p -> podSpec(p.spec(), what, sink));
        switch (object.kind()) {
            case "StorageClass" -> object.root().seq("allowedTopologies").ifPresent(terms -> terms.items().forEach(t ->
                    items(t, "matchLabelExpressions").forEach(x -> nodeLabelValue(x, "key", what,
                            "allowedTopologies", sink))));
            case "PersistentVolume" -> object.root().path("spec", "nodeAffinity", "required")
                    .ifPresent(required -> nodeSelector(required, what, "spec.nodeAffinity", sink));
            default -> { }
        }
    }

    private static void labelsAndAnnotations(YMap metadata, Described what, String where, FindingSink sink) {
        metadata.map("labels").ifPresent(labels -> labels.entries().forEach(e -> {
            String replacement = LABELS.get(e.key().text());
            if (replacement != null) {
                sink.report(e, what + " has the deprecated " + where + "label " + e.key().text() + ": use "
                        + replacement);
            }
        }));
        metadata.map("annotations").ifPresent(annotations -> annotations.entries().forEach(e -> {
            String key = e.key().text();
            String replacement = ANNOTATIONS.get(key);
            if (replacement == null && key.startsWith(CONTAINER_SECCOMP)) {
                replacement = "the securityContext.seccompProfile of container \""
                        + key.substring(CONTAINER_SECCOMP.length()) + "\"";
            }
            if (replacement != null) {
                sink.report(e, what + " has the deprecated " + where + "annotation " + key + ": set " + replacement
                        + " instead");
            }
        }));
    }

    private static void podSpec(YMap spec, Described what, FindingSink sink) {
        spec.map("nodeSelector").ifPresent(selector -> selector.entries().forEach(e -> {
            String replacement = LABELS.get(e.key().text());
            if (replacement != null) {
                sink.report(e, what + " selects nodes by the deprecated label " + e.key().text()
                        + " in nodeSelector: use " + replacement);
            }
        }));
        spec.map("affinity").ifPresent(affinity -> {
            affinity.map("nodeAffinity").ifPresent(node -> {
                node.get("requiredDuringSchedulingIgnoredDuringExecution")
                        .ifPresent(required -> nodeSelector(required, what, "node affinity", sink));
                node.seq("preferredDuringSchedulingIgnoredDuringExecution").ifPresent(preferred ->
                        preferred.items().forEach(p -> p.asMap().flatMap(m -> m.get("preference")).ifPresent(term ->
                                items(term, "matchExpressions").forEach(x -> nodeLabelValue(x, "key", what,
                                        "node affinity", sink)))));
            });
            for (String kind : List.of("podAffinity", "podAntiAffinity")) {
                affinity.map(kind).ifPresent(terms -> {
                    terms.seq("requiredDuringSchedulingIgnoredDuringExecution").ifPresent(required ->
                            required.items().forEach(t -> nodeLabelValue(t, "topologyKey", what, kind, sink)));
                    terms.seq("preferredDuringSchedulingIgnoredDuringExecution").ifPresent(preferred ->
                            preferred.items().forEach(p -> p.asMap().flatMap(m -> m.get("podAffinityTerm"))
                                    .ifPresent(t -> nodeLabelValue(t, "topologyKey", what, kind, sink))));
                });
            }
        });
        spec.seq("topologySpreadConstraints").ifPresent(constraints -> constraints.items().forEach(c ->
                nodeLabelValue(c, "topologyKey", what, "topologySpreadConstraints", sink)));
    }

    /** A {@code NodeSelector}: {@code nodeSelectorTerms[].matchExpressions[].key}. */
    private static void nodeSelector(YNode selector, Described what, String where, FindingSink sink) {
        items(selector, "nodeSelectorTerms").forEach(term -> items(term, "matchExpressions").forEach(x ->
                nodeLabelValue(x, "key", what, where, sink)));
    }

    /** A field whose value names a node label ({@code key}, {@code topologyKey}). */
    private static void nodeLabelValue(YNode holder, String field, Described what, String where, FindingSink sink) {
        holder.asMap().flatMap(m -> m.entry(field)).ifPresent(e -> {
            if (e.value() instanceof YScalar s && LABELS.containsKey(s.text())) {
                sink.report(e, what + " refers to the deprecated node label " + s.text() + " (" + field + " in "
                        + where + "): use " + LABELS.get(s.text()));
            }
        });
    }

    private static List<YNode> items(YNode holder, String field) {
        return holder.asMap().flatMap(m -> m.seq(field)).map(YSeq::items).orElse(List.of());
    }

    /**
     * How messages name the object, written only when one is reported: most objects have no deprecated label,
     * and this check runs on every object.
     */
    private record Described(ObjectRef ref) {
        @Override
        public String toString() {
            return ObjectNames.describe(ref);
        }
    }
}
