package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.Peer;
import dev.cairn.core.model.Severity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A HorizontalPodAutoscaler whose {@code scaleTargetRef} names no object of that kind and name in its
 * namespace scales nothing: the workload it was written for runs at a fixed count, usually after a rename.
 * Judged only when the autoscaler's folder holds a workload of its namespace (an unspecified namespace
 * matches only another unspecified one), since the target may otherwise be deployed from elsewhere; the
 * target may be in any folder. It may be any kind with a scale subresource (an Argo Rollout too): kind and
 * name must match.
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
        Set<List<Object>> withWorkloads = foldersWithWorkloads(index);
        return index.objects().stream().anyMatch(o -> o.scaleTarget() != null && withWorkloads.contains(unit(o)));
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        Set<List<Object>> withWorkloads = foldersWithWorkloads(index);
        Set<List<String>> present = new HashSet<>();
        for (ObjectSummary o : index.objects()) {
            present.add(key(o.namespace(), o.ref().kind(), o.ref().name()));
        }
        for (ObjectSummary autoscaler : index.objects()) {
            ObjectSummary.ScaleTarget target = autoscaler.scaleTarget();
            if (target == null || !withWorkloads.contains(unit(autoscaler))
                    || present.contains(key(autoscaler.namespace(), target.kind(), target.name()))) {
                continue;
            }
            String where = autoscaler.namespace() == null ? "among the objects without a namespace"
                    : "in namespace " + autoscaler.namespace();
            sink.report(autoscaler, target.nameAt(), ObjectNames.describe(autoscaler.ref()) + " scales " + target.kind()
                    + " " + target.name() + ", which no scanned manifest defines " + where + ", so it scales nothing:"
                    + " correct scaleTargetRef, or delete the autoscaler with the workload it was for");
        }
    }

    /** The (namespace, folder) pairs that hold a workload. */
    private static Set<List<Object>> foldersWithWorkloads(ObjectIndex index) {
        Set<List<Object>> out = new HashSet<>();
        for (ObjectSummary o : index.objects()) {
            if (o.workload()) {
                out.add(unit(o));
            }
        }
        return out;
    }

    private static List<Object> unit(ObjectSummary o) {
        return Arrays.asList(o.namespace(), o.folder());
    }

    private static List<String> key(String namespace, String kind, String name) {
        return Arrays.asList(namespace, kind, name);
    }
}
