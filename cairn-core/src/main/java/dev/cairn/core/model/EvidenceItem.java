package dev.cairn.core.model;

/**
 * One piece of evidence behind a criterion verdict; which fields are set depends on the kind:
 * a location for files and manifests, a commit id for history, an object for the cluster, a
 * question id for answers, a check id for check results.
 */
public record EvidenceItem(
        EvidenceKind kind, String summary, Location location, String commit, ObjectRef object,
        String question, CheckId checkId) {

    /** A line or file of the repository. */
    public static EvidenceItem file(Location location, String summary) {
        return new EvidenceItem(EvidenceKind.FILE, summary, location, null, null, null, null);
    }

    /** A Kubernetes object of the manifests. */
    public static EvidenceItem manifest(ObjectRef object, Location location, String summary) {
        return new EvidenceItem(EvidenceKind.MANIFEST, summary, location, null, object, null, null);
    }

    /** A commit of the git history. */
    public static EvidenceItem commit(String commitId, String summary) {
        return new EvidenceItem(EvidenceKind.COMMIT, summary, null, commitId, null, null, null);
    }

    /** An object read from a live cluster or a snapshot of one. */
    public static EvidenceItem clusterObject(ObjectRef object, String summary) {
        return new EvidenceItem(EvidenceKind.CLUSTER_OBJECT, summary, null, null, object, null, null);
    }

    /** A self-assessment answer; the location is where it is written, when known. */
    public static EvidenceItem answer(String questionId, Location location, String summary) {
        return new EvidenceItem(EvidenceKind.ANSWER, summary, location, null, null, questionId, null);
    }

    /** A check's outcome or one of its findings. */
    public static EvidenceItem check(CheckId checkId, Location location, String summary) {
        return new EvidenceItem(EvidenceKind.CHECK, summary, location, null, null, null, checkId);
    }
}
