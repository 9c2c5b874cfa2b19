package dev.cairn.checks.k8s;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The labels and annotations a team requires on its objects (an owner, a team, a cost centre), from the
 * {@code labels} and {@code annotations} parameters; with neither configured the check is not applicable,
 * because which metadata a team requires is its own policy. Workloads must carry the labels on their pod
 * template as well, since pods carry only the template's labels and cost and monitoring tools group pods by
 * them. A key with an empty value counts as missing. One finding per object, and one per pod template, at its
 * {@code metadata}.
 */
public final class RequiredLabelsCheck implements ObjectCheck, ParameterizedCheck<RequiredLabelsCheck.Params> {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-073", "required-labels")
            .title("Object lacks a label or annotation the team requires")
            .severity(Severity.LOW)
            .aspect(Aspect.POLICY)
            .criteria("POL-1")
            .equivalent(Peer.KUBE_LINTER, "required-label-owner")
            .equivalent(Peer.KUBE_LINTER, "required-annotation-email")
            .equivalent(Peer.KUBESCAPE, "C-0076")
            .equivalent(Peer.KUBESCAPE, "C-0077")
            .build();

    /**
     * @param labels      label keys every object in scope must carry with a non-empty value
     * @param annotations annotation keys every object in scope must carry with a non-empty value
     * @param kinds       the kinds in scope; by default the workload kinds (Deployment, StatefulSet, Pod, ...)
     */
    public record Params(List<String> labels, List<String> annotations, List<String> kinds) {
        public Params {
            labels = keys(labels);
            annotations = keys(annotations);
            kinds = kinds == null || kinds.isEmpty() ? List.copyOf(PodSpecView.WORKLOAD_KINDS.stream().sorted().toList())
                    : keys(kinds);
        }

        private static List<String> keys(List<String> given) {
            return given == null ? List.of() : given.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        }

        boolean configured() {
            return !labels.isEmpty() || !annotations.isEmpty();
        }
    }

    private final Params params;
    private final Set<String> kinds;

    public RequiredLabelsCheck() {
        this(new Params(List.of(), List.of(), List.of()));
    }

    private RequiredLabelsCheck(Params params) {
        this.params = params;
        this.kinds = Set.copyOf(params.kinds());
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public Check withParams(Params params) {
        return new RequiredLabelsCheck(params);
    }

    @Override
    public Set<String> kinds() {
        return kinds;
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return params.configured() && kinds.contains(object.kind());
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        Optional<YMap> metadata = object.metadata();
        List<String> labels = missing(metadata, "labels", params.labels());
        List<String> annotations = missing(metadata, "annotations", params.annotations());
        if (!labels.isEmpty() || !annotations.isEmpty()) {
            report(object.root(), object.ref().describe() + " lacks the required " + listed(labels, annotations)
                    + ": add " + (labels.size() + annotations.size() == 1 ? "it" : "them") + " to its metadata", sink);
        }
        // A Pod's own metadata was judged above; a controller's pods carry its template's labels.
        PodSpecView.of(object).flatMap(PodSpecView::template).ifPresent(template -> {
            List<String> missing = missing(template.map("metadata"), "labels", params.labels());
            if (!missing.isEmpty()) {
                report(template, "the pod template of " + object.ref().describe() + " lacks the required "
                        + listed(missing, List.of()) + ": pods carry only their template's labels, and cost and"
                        + " monitoring tools group pods by them", sink);
            }
        });
    }

    /** At the {@code metadata:} line of the object or template, or at the mapping itself when it has none. */
    private static void report(YMap owner, String message, FindingSink sink) {
        owner.entry("metadata").ifPresentOrElse(e -> sink.report(e, message), () -> sink.report(owner, message));
    }

    /** The required keys that the {@code labels} or {@code annotations} mapping lacks or leaves empty, in the order required. */
    private static List<String> missing(Optional<YMap> metadata, String field, List<String> required) {
        Optional<YMap> map = metadata.flatMap(m -> m.map(field));
        List<String> out = new ArrayList<>();
        for (String key : required) {
            Optional<YNode> value = map.flatMap(m -> m.get(key));
            if (value.isEmpty() || value.get() instanceof YScalar s && (s.isNull() || s.text().isBlank())) {
                out.add(key);
            }
        }
        return out;
    }

    private static String listed(List<String> labels, List<String> annotations) {
        List<String> parts = new ArrayList<>(2);
        if (!labels.isEmpty()) {
            parts.add((labels.size() == 1 ? "label " : "labels ") + String.join(", ", labels));
        }
        if (!annotations.isEmpty()) {
            parts.add((annotations.size() == 1 ? "annotation " : "annotations ") + String.join(", ", annotations));
        }
        return String.join(" and ", parts);
    }
}
