package dev.cairn.checks.reliability;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.LabelSelector;
import dev.cairn.core.model.Severity;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A Deployment or StatefulSet that runs more than one replica does so to stay available, but a node drain
 * (cluster upgrade, autoscaler scale-down) may evict all of them at once unless a PodDisruptionBudget of the
 * same namespace selects their pods. In {@code policy/v1} an empty selector selects every pod of the
 * namespace and a missing one selects none; in {@code policy/v1beta1} an empty selector selects none.
 * A namespace left unspecified matches only another unspecified one. {@code matchExpressions} are
 * evaluated; an expression cairn cannot read is assumed to match.
 */
public final class WorkloadDisruptionBudgetCheck implements IndexCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-059", "pod-disruption-budget")
            .title("Replicated workload has no PodDisruptionBudget")
            .severity(Severity.MEDIUM)
            .criteria("TEC-24")
            .equivalent(Peer.POLARIS, "missingPodDisruptionBudget")
            .equivalent(Peer.KUBE_SCORE, "deployment-has-poddisruptionbudget")
            .equivalent(Peer.KUBE_SCORE, "statefulset-has-poddisruptionbudget")
            .build();

    private static final Set<String> KINDS = Set.of("Deployment", "StatefulSet");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        return index.objects().stream().anyMatch(WorkloadDisruptionBudgetCheck::replicated);
    }

    /** Without every budget, each replicated workload would look unprotected; missing workloads only go unjudged. */
    @Override
    public Set<String> needsEvery() {
        return Set.of("PodDisruptionBudget");
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        Set<ObjectSummary> covered = covered(index);
        for (ObjectSummary workload : index.objects()) {
            if (!replicated(workload) || covered.contains(workload)) {
                continue;
            }
            String ns = workload.namespace() == null ? "" : workload.namespace() + "/";
            String where = workload.namespace() == null ? "among those without a namespace"
                    : "in namespace " + workload.namespace();
            sink.report(workload, workload.ref().kind() + " " + ns + workload.ref().name()
                    + " runs " + workload.replicas() + " replicas but no PodDisruptionBudget " + where
                    + " selects its pods, so a node drain may stop them all at once"
                    + ": add a PodDisruptionBudget with maxUnavailable: 1 and the same selector");
        }
    }

    private static boolean replicated(ObjectSummary o) {
        return KINDS.contains(o.ref().kind()) && o.ref().apiVersion().startsWith("apps/")
                && o.replicas() != null && o.replicas() > 1;
    }

    /**
     * The workloads some budget of their namespace selects, worked out from the budgets' side against the
     * workloads that carry one of their labels. A budget without a selector selects nothing; an empty one
     * selects every pod of its namespace in {@code policy/v1} and nothing in {@code policy/v1beta1}.
     */
    private static Set<ObjectSummary> covered(ObjectIndex index) {
        Set<ObjectSummary> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ObjectSummary budget : index.objects()) {
            LabelSelector selector = budget.labelSelector();
            if (!budget.ref().kind().equals("PodDisruptionBudget") || !budget.ref().apiVersion().startsWith("policy/")
                    || selector == null || selector.isEmpty() && !budget.ref().apiVersion().equals("policy/v1")) {
                continue;
            }
            covered.addAll(index.selectedBy(budget.namespace(), selector));
        }
        return covered;
    }
}
