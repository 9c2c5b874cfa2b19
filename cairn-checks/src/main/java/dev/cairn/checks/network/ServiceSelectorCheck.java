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
        Map<String, List<ObjectSummary>> workloads = index.byNamespace(Pods::running);
        return index.ofKind("Service").stream().anyMatch(s -> judged(s, workloads));
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        Map<String, List<ObjectSummary>> byNamespace = index.byNamespace(Pods::running);
        for (ObjectSummary service : index.ofKind("Service")) {
            if (!judged(service, byNamespace)) {
                continue;
            }
            LabelSelector selector = service.labelSelector();
            if (index.selectedBy(service.namespace(), selector).stream().anyMatch(o -> Pods.running(o) || Pods.templated(o))) {
                continue;
            }
            List<ObjectSummary> workloads = byNamespace.get(service.namespace());
            sink.report(service, Services.describe(service.ref()) + " selects no pods: its selector "
                    + Selectors.describe(selector) + " matches none of the " + Selectors.workloads(workloads.size()) + " "
                    + Selectors.where(service.namespace(), "workloads") + ", so it has no endpoints and every request to it fails:"
                    + " make the selector match the pod template labels");
        }
    }

    /** A core Service with a selector, written for a workload beside it (see the class comment). */
    private static boolean judged(ObjectSummary service, Map<String, List<ObjectSummary>> workloads) {
        LabelSelector selector = service.labelSelector();
        if (!service.ref().apiVersion().equals("v1") || selector == null || selector.isEmpty()) {
            return false;
        }
        return workloads.getOrDefault(service.namespace(), List.of()).stream()
                .anyMatch(w -> w.folder().equals(service.folder()) && (shares(selector, w.podLabels()) || shares(selector, w.labels())));
    }

    private static boolean shares(LabelSelector selector, Map<String, String> labels) {
        return selector.matchLabels().entrySet().stream().anyMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
