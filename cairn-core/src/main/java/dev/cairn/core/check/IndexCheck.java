package dev.cairn.core.check;

/**
 * Judges relations between objects (PodDisruptionBudget coverage, NetworkPolicy selection, RBAC
 * bindings) once, at the end, over the compact {@link ObjectIndex} rather than over retained trees.
 */
public non-sealed interface IndexCheck extends Check {
    boolean appliesTo(ObjectIndex index);

    void check(ObjectIndex index, FindingSink sink);
}
