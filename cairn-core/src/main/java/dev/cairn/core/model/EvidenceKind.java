package dev.cairn.core.model;

/** The sources of evidence of cnmm-level1.md: repository file, manifest, git, live cluster, answer. */
public enum EvidenceKind {
    FILE, MANIFEST, COMMIT, CLUSTER_OBJECT, ANSWER, CHECK
}
