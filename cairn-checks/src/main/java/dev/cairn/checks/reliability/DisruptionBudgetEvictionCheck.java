package dev.cairn.checks.reliability;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.ObjectSummary.DisruptionBudget;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.LabelSelector;
import dev.cairn.core.model.Severity;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PodDisruptionBudget that lets no pod go: {@code maxUnavailable: 0}, {@code minAvailable: 100%}, or a
 * {@code minAvailable} that the pods it selects can never exceed. A node drain then waits for ever, so
 * cluster upgrades and node scale-downs stall until someone deletes the budget. The replicas compared are
 * those of the Deployments, StatefulSets, ReplicaSets and ReplicationControllers the budget selects in its
 * namespace and folder (an autoscaler's {@code minReplicas} when one scales the workload, else
 * {@code spec.replicas}, which defaults to 1). A percentage rounds up, as the disruption controller rounds it.
 */
public final class DisruptionBudgetEvictionCheck implements IndexCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-074", "pdb-blocks-eviction")
            .title("PodDisruptionBudget allows no pod to be evicted")
            .severity(Severity.MEDIUM)
            .criteria("TEC-24")
            .equivalent(Peer.POLARIS, "pdbDisruptionsIsZero")
            .equivalent(Peer.POLARIS, "pdbMinAvailableGreaterThanHPAMinReplicas")
            .equivalent(Peer.KUBE_LINTER, "pdb-max-unavailable")
            .equivalent(Peer.KUBE_LINTER, "pdb-min-available")
            .build();

    private static final Set<String> REPLICATED = Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");
    /** Kinds whose summary records where {@code spec.replicas} is, and none when it holds no number. */
    private static final Set<String> REPLICATED_WITH_PLACE = Set.of("Deployment", "StatefulSet");
    private static final String FIX = "so a node drain can never evict its pods, and cluster upgrades and node"
            + " scale-downs stall until someone deletes the budget";

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        return index.ofKind("PodDisruptionBudget").stream().anyMatch(b -> b.budget() != null);
    }

    /** Without the autoscalers, a workload they scale would seem to run the single replica it declares. */
    @Override
    public Set<String> needsEvery() {
        return Set.of("HorizontalPodAutoscaler");
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        Map<List<String>, Integer> autoscaled = autoscaledMinimum(index);
        for (ObjectSummary budget : index.ofKind("PodDisruptionBudget")) {
            DisruptionBudget b = budget.budget();
            if (b == null || !budget.ref().apiVersion().startsWith("policy/")) {
                continue;
            }
            String name = budget.ref().describe();
            if (b.maxUnavailable() != null && isZero(b.maxUnavailable())) {
                sink.report(budget, b.maxUnavailableAt(), name + " allows no disruption (maxUnavailable: "
                        + b.maxUnavailable() + "), " + FIX + ": set maxUnavailable: 1");
            } else if (b.minAvailable() != null && b.maxUnavailable() == null) {
                judgeMinAvailable(index, budget, autoscaled, sink);
            }
        }
    }

    private static void judgeMinAvailable(ObjectIndex index, ObjectSummary budget, Map<List<String>, Integer> autoscaled,
            FindingSink sink) {
        DisruptionBudget b = budget.budget();
        String name = budget.ref().describe();
        Fraction required = Fraction.of(b.minAvailable());
        if (required == null) {
            return; // a template placeholder, or not a count or percentage: the API server judges it
        }
        if (required.percent() && required.value() >= 100) {
            sink.report(budget, b.minAvailableAt(), name + " keeps every pod available (minAvailable: "
                    + b.minAvailable() + "), " + FIX + ": set maxUnavailable: 1 instead");
            return;
        }
        LabelSelector selector = budget.labelSelector();
        if (selector == null || selector.isEmpty() && !budget.ref().apiVersion().equals("policy/v1")) {
            return; // selects no pod
        }
        ObjectIndex.Folder folder = ObjectIndex.Folder.of(budget);
        for (ObjectSummary workload : index.selectedBy(budget.namespace(), selector)) {
            if (!REPLICATED.contains(workload.ref().kind()) || !ObjectIndex.Folder.of(workload).equals(folder)) {
                continue;
            }
            Integer scaled = autoscaled.get(key(workload.namespace(), workload.ref().kind(), workload.ref().name()));
            if (scaled == null && workload.replicas() == null && workload.replicasAt() == null
                    && REPLICATED_WITH_PLACE.contains(workload.ref().kind())) {
                continue; // spec.replicas is a template placeholder
            }
            int replicas = scaled != null ? scaled : workload.replicas() != null ? workload.replicas() : 1;
            if (replicas > 0 && required.of(replicas) >= replicas) {
                String runs = scaled != null ? "may scale down to " + replicas + (replicas == 1 ? " replica" : " replicas")
                        + " (its autoscaler's minReplicas)"
                        : "runs " + replicas + (replicas == 1 ? " replica" : " replicas") + setAt(workload, budget);
                sink.report(budget, b.minAvailableAt(), name + " requires " + b.minAvailable() + " of the pods of "
                        + workload.ref().describe() + " available, which " + runs + ", " + FIX
                        + ": set minAvailable below the replica count, or maxUnavailable: 1");
                return; // one finding per budget: its minAvailable is the line to change
            }
        }
    }

    /**
     * Where the replica count is set, when that is another file than the budget's: an overlay's patch or
     * {@code replicas} field, which a reader of the budget's line would not see.
     */
    private static String setAt(ObjectSummary workload, ObjectSummary budget) {
        ObjectSummary.Place at = workload.replicasAt();
        return at == null || at.location().path().equals(budget.location().path()) ? ""
                : " (" + at.location().display() + ")";
    }

    /** The lowest replica count an autoscaler keeps, by (namespace, kind, name) of what it scales. */
    private static Map<List<String>, Integer> autoscaledMinimum(ObjectIndex index) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (ObjectSummary autoscaler : index.ofKind("HorizontalPodAutoscaler")) {
            ObjectSummary.ScaleTarget t = autoscaler.scaleTarget();
            if (t != null) {
                out.merge(key(autoscaler.namespace(), t.kind(), t.name()), t.minReplicas(), Math::min);
            }
        }
        return out;
    }

    private static List<String> key(String namespace, String kind, String name) {
        return Arrays.asList(namespace, kind, name);
    }

    private static boolean isZero(String value) {
        Fraction f = Fraction.of(value);
        return f != null && f.value() == 0;
    }

    /** A count ({@code 2}) or a percentage ({@code "50%"}) of pods. */
    private record Fraction(long value, boolean percent) {
        static Fraction of(String text) {
            String t = text.strip();
            boolean percent = t.endsWith("%");
            String digits = percent ? t.substring(0, t.length() - 1) : t;
            if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
                return null;
            }
            return new Fraction(Long.parseLong(digits), percent);
        }

        /** The pods this asks of {@code replicas}: a percentage rounds up. */
        long of(int replicas) {
            return percent ? (value * replicas + 99) / 100 : value;
        }
    }
}
