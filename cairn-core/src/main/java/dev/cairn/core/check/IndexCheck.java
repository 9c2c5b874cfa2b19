package dev.cairn.core.check;

import java.util.Set;

/**
 * Judges relations between objects (PodDisruptionBudget coverage, NetworkPolicy selection, RBAC
 * bindings) once, at the end, over the compact {@link ObjectIndex} rather than over retained trees.
 */
public non-sealed interface IndexCheck extends Check {
    boolean appliesTo(ObjectIndex index);

    void check(ObjectIndex index, FindingSink sink);

    /**
     * The kinds the check must see every object of, when a cluster read may have missed some (a kind the
     * credentials may not list): a missing NetworkPolicy would make every workload look exposed. The check
     * runs on a partial read only when none of these went unread. Empty, the default, means every kind: such
     * a check runs on complete reads only.
     */
    default Set<String> needsEvery() {
        return Set.of();
    }
}
