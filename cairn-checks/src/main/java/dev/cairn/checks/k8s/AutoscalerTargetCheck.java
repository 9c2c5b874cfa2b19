package dev.cairn.checks.k8s;

import dev.cairn.checks.template.Placeholders;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.Peer;
import dev.cairn.core.model.Severity;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A HorizontalPodAutoscaler whose {@code scaleTargetRef} names no object of that kind and name in its
 * namespace scales nothing: the workload it was written for runs at a fixed count, usually after a rename.
 * Judged only when the autoscaler's folder holds a workload of its namespace (an unspecified namespace
 * matches only another unspecified one), since the target may otherwise be deployed from elsewhere; the
 * target may be in any folder. It may be any kind with a scale subresource (an Argo Rollout too): kind and
 * name must match. A template placeholder in the name ({@code ${APP}}) is replaced before anything is
 * applied, so it is not judged.
 */
public final class AutoscalerTargetCheck implements IndexCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-068", "autoscaler-target-missing")
            .title("HorizontalPodAutoscaler scales no object of its namespace")
            .severity(Severity.MEDIUM)
            .criteria("TEC-24")
            .equivalent(Peer.KUBE_LINTER, "dangling-horizontalpodautoscaler")
            .equivalent(Peer.KUBE_SCORE, "horizontalpodautoscaler-has-target")
            .equivalent(Peer.KUBESCAPE, "C-0300")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        List<ObjectSummary> autoscalers = autoscalers(index);
        if (autoscalers.isEmpty()) {
            return false;
        }
        return autoscalers.stream().anyMatch(a -> besideWorkload(a, index));
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        List<ObjectSummary> autoscalers = autoscalers(index);
        if (autoscalers.isEmpty()) {
            return;
        }
        Map<String, Set<List<String>>> byKind = new HashMap<>(); // (namespace, name) of the kinds autoscalers name
        for (ObjectSummary autoscaler : autoscalers) {
            ObjectSummary.ScaleTarget target = autoscaler.scaleTarget();
            if (!besideWorkload(autoscaler, index) || Placeholders.isPlaceholder(target.name())) {
                continue;
            }
            Set<List<String>> present = byKind.computeIfAbsent(target.kind(), kind -> index.ofKind(kind).stream()
                    .map(o -> Arrays.asList(o.namespace(), o.ref().name())).collect(Collectors.toSet()));
            if (present.contains(Arrays.asList(autoscaler.namespace(), target.name()))) {
                continue;
            }
            String where = autoscaler.namespace() == null ? "among the objects without a namespace"
                    : "in namespace " + autoscaler.namespace();
            sink.report(autoscaler, target.nameAt(), ObjectNames.describe(autoscaler.ref()) + " scales " + target.kind()
                    + " " + target.name() + ", which no scanned manifest defines " + where + ", so it scales nothing:"
                    + " correct scaleTargetRef, or delete the autoscaler with the workload it was for");
        }
    }

    private static boolean besideWorkload(ObjectSummary autoscaler, ObjectIndex index) {
        return index.inFolderOf(autoscaler).stream().anyMatch(ObjectSummary::workload);
    }

    private static List<ObjectSummary> autoscalers(ObjectIndex index) {
        return index.ofKind("HorizontalPodAutoscaler").stream().filter(o -> o.scaleTarget() != null).toList();
    }
}
