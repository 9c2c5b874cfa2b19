package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A controller whose selector does not match its own pod template cannot own the pods it creates; the API
 * server rejects it ("selector does not match template labels"). apps/v1 controllers also need a
 * non-empty selector. A ReplicationController without a selector takes the template's labels, and so does a
 * Deployment, ReplicaSet or DaemonSet of extensions/v1beta1 or apps/v1beta1.
 */
public final class SelectorMatchCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-033", "selector-mismatch")
            .title("Workload selector does not match its pod template labels")
            .severity(Severity.HIGH)
            .criteria("TEC-26")
            .equivalent(Peer.KUBE_LINTER, "mismatching-selector")
            .equivalent(Peer.KUBE_SCORE, "deployment-pod-selector-labels-match-template-metadata-labels")
            .equivalent(Peer.KUBE_SCORE, "statefulset-pod-selector-labels-match-template-metadata-labels")
            .equivalent(Peer.KUBESCAPE, "C-0296")
            .build();

    private static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController");
    private static final String FIX = ": make spec.selector and spec.template.metadata.labels agree";
    /**
     * The beta APIs in which a missing selector defaults to the template's labels (a false positive found on
     * real manifests); K8S-060 reports that they are no longer served.
     */
    private static final Set<String> DEFAULTS_SELECTOR = Set.of("extensions/v1beta1", "apps/v1beta1");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Set<String> kinds() {
        return KINDS;
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return KINDS.contains(object.kind())
                && object.root().map("spec").flatMap(s -> s.map("template")).isPresent();
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        YMap spec = object.root().map("spec").orElseThrow();
        Map<String, String> labels = strings(spec.path("template", "metadata", "labels").flatMap(YNode::asMap));
        String name = object.kind() + " " + (object.ref().namespace() == null ? "" : object.ref().namespace() + "/")
                + object.ref().name();
        Optional<YEntry> selector = spec.entry("selector");
        if (object.kind().equals("ReplicationController")) {
            selector.flatMap(e -> e.value().asMap()).ifPresent(map -> matchLabels(map, labels, name, sink));
            return;
        }
        Optional<YMap> map = selector.flatMap(e -> e.value().asMap());
        if (map.isEmpty() && DEFAULTS_SELECTOR.contains(object.ref().apiVersion())) {
            return; // the API server takes the template's labels, which match them by definition
        }
        if (map.isEmpty()) {
            sink.report(selector.map(e -> (YNode) e.value()).orElse(spec), name + " has no spec.selector"
                    + ": set spec.selector.matchLabels to labels of spec.template.metadata.labels");
            return;
        }
        Optional<YMap> matchLabels = map.get().map("matchLabels");
        Optional<YNode> expressions = map.get().get("matchExpressions");
        boolean empty = matchLabels.map(m -> m.size() == 0).orElse(true)
                && expressions.flatMap(YNode::asSeq).map(s -> s.items().isEmpty()).orElse(true);
        if (empty) {
            sink.report(selector.get(), name + " has an empty selector, which the API server rejects"
                    + ": set spec.selector.matchLabels to labels of spec.template.metadata.labels");
            return;
        }
        matchLabels.ifPresent(m -> matchLabels(m, labels, name, sink));
        expressions.flatMap(YNode::asSeq).ifPresent(seq -> {
            for (YNode item : seq.items()) {
                item.asMap().ifPresent(expression -> matchExpression(expression, labels, name, sink));
            }
        });
    }

    private static void matchLabels(YMap selector, Map<String, String> labels, String name, FindingSink sink) {
        for (YEntry e : selector.entries()) {
            String key = e.key().text();
            String wanted = e.value().asScalar().flatMap(YScalar::string).orElse("");
            String actual = labels.get(key);
            if (!wanted.equals(actual)) {
                sink.report(e, name + " selects pods with " + key + "=" + wanted + " but its template "
                        + (actual == null ? "has no label " + key : "is labelled " + key + "=" + actual) + FIX);
            }
        }
    }

    private static void matchExpression(YMap expression, Map<String, String> labels, String name, FindingSink sink) {
        String key = expression.string("key").orElse("");
        String operator = expression.string("operator").orElse("");
        List<String> values = new ArrayList<>();
        expression.seq("values").ifPresent(seq -> seq.items().forEach(v ->
                v.asScalar().flatMap(YScalar::string).ifPresent(values::add)));
        String actual = labels.get(key);
        boolean matches = switch (operator) {
            case "In" -> actual != null && values.contains(actual);
            case "NotIn" -> actual == null || !values.contains(actual);
            case "Exists" -> actual != null;
            case "DoesNotExist" -> actual == null;
            default -> true; // an invalid operator is a schema error, not a mismatch
        };
        if (!matches) {
            sink.report(expression, name + " selects pods where " + key + " " + operator
                    + (values.isEmpty() ? "" : " " + values) + " but its template "
                    + (actual == null ? "has no label " + key : "is labelled " + key + "=" + actual) + FIX);
        }
    }

    private static Map<String, String> strings(Optional<YMap> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.ifPresent(m -> m.entries().forEach(e ->
                e.value().asScalar().flatMap(YScalar::string).ifPresent(v -> out.put(e.key().text(), v))));
        return out;
    }
}
