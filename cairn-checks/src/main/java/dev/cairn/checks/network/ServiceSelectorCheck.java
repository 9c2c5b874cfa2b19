package dev.cairn.checks.network;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.LabelSelector;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * A Service whose selector matches the pod labels of no workload in its namespace has no endpoints: every
 * request to it fails, usually after a label was renamed on one side only. Pods often come from elsewhere (a
 * Job's automatic {@code job-name} label, an operator that labels the pods of its custom resource, a chart
 * installed separately), so a Service is judged only when its own folder holds a workload of its namespace
 * that the selector was evidently written for: one whose pod labels, or own labels, share a
 * {@code key=value} pair with it. It is reported when no workload of the namespace, in any folder, matches
 * the whole selector. Pods a custom resource's embedded template makes count as selected; Services without
 * a selector (endpoints managed on purpose) are not judged.
 */
public final class ServiceSelectorCheck implements IndexCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-067", "service-selects-nothing")
            .title("Service selects no workload of its namespace")
            .severity(Severity.MEDIUM)
            .criteria("TEC-24")
            .equivalent(Peer.KUBE_LINTER, "dangling-service")
            .equivalent(Peer.KUBE_SCORE, "service-targets-pod")
            .equivalent(Peer.KUBESCAPE, "C-0293")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        return index.ofKind("Service").stream().anyMatch(s -> hasSelector(s) && judged(s, index));
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        Map<String, List<ObjectSummary>> workloadsByNamespace = null; // for messages: grouped once, on the first finding
        for (ObjectSummary service : index.ofKind("Service")) {
            if (!hasSelector(service) || !judged(service, index)) {
                continue;
            }
            LabelSelector selector = service.labelSelector();
            if (index.selectedBy(service.namespace(), selector).stream().anyMatch(o -> Pods.running(o) || Pods.templated(o))) {
                continue;
            }
            if (workloadsByNamespace == null) {
                workloadsByNamespace = index.byNamespace(Pods::running);
            }
            int workloads = workloadsByNamespace.getOrDefault(service.namespace(), List.of()).size();
            sink.report(service, Services.describe(service.ref()) + " selects no pods: its selector "
                    + Selectors.describe(selector) + " matches none of the " + Selectors.workloads(workloads) + " "
                    + Selectors.where(service.namespace(), "workloads") + ", so it has no endpoints and every request to it fails:"
                    + " make the selector match the pod template labels");
        }
    }

    /** A core Service with a selector; one without lists its endpoints itself. */
    private static boolean hasSelector(ObjectSummary service) {
        LabelSelector selector = service.labelSelector();
        return service.ref().apiVersion().equals("v1") && selector != null && !selector.isEmpty();
    }

    /** Written for a workload of its folder: one whose pod labels or own labels share a pair with the selector. */
    private static boolean judged(ObjectSummary service, ObjectIndex index) {
        Map<String, String> selector = service.labelSelector().matchLabels();
        return index.inFolderOf(service).stream()
                .anyMatch(w -> Pods.running(w) && (shares(selector, w.podLabels()) || shares(selector, w.labels())));
    }

    private static boolean shares(Map<String, String> selector, Map<String, String> labels) {
        for (var e : selector.entrySet()) {
            if (e.getValue().equals(labels.get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }
}
