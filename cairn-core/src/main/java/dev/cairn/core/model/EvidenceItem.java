package dev.cairn.core.model;

/**
 * One piece of evidence behind a criterion verdict; which fields are set depends on the kind:
 * a location for files and manifests, a commit id for history, an object for the cluster, a
 * question id for answers, a check id for check results.
 */
public record EvidenceItem(
        EvidenceKind kind, String summary, Location location, String commit, ObjectRef object,
        String question, CheckId checkId) {}
