package dev.cairn.checks.network;

import dev.cairn.core.check.ObjectSummary;
import java.util.Objects;

/** Which summaries stand for pods that run, and namespace matching for cross-object checks. */
final class Pods {
    private Pods() {}

    /** Workload kinds that run pods; a PodTemplate is only a template. */
    static boolean running(ObjectSummary summary) {
        return summary.workload() && !summary.ref().kind().equals("PodTemplate");
    }

    /** Same namespace; an unspecified namespace matches only another unspecified one. */
    static boolean sameNamespace(ObjectSummary a, ObjectSummary b) {
        return Objects.equals(a.namespace(), b.namespace());
    }
}
