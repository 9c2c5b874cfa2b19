package dev.cairn.checks.rbac;

import dev.cairn.core.check.ObjectSummary;

/** Which summaries stand for pods that run. */
final class Workloads {
    private Workloads() {}

    /** Workload kinds that run pods; a PodTemplate is only a template. */
    static boolean running(ObjectSummary summary) {
        return summary.workload() && !summary.ref().kind().equals("PodTemplate");
    }
}
