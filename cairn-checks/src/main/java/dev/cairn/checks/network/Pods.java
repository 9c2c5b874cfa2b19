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

    /**
     * Pods a controller makes from a template that an object of another kind embeds (a custom resource such
     * as an agent SandboxTemplate or an Argo Rollout): cairn cannot judge them, but policies may select them.
     */
    static boolean templated(ObjectSummary summary) {
        return !summary.workload() && !summary.podLabels().isEmpty();
    }

    /** Same namespace; an unspecified namespace matches only another unspecified one. */
    static boolean sameNamespace(ObjectSummary a, ObjectSummary b) {
        return Objects.equals(a.namespace(), b.namespace());
    }
}
