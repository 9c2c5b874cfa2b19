package dev.cairn.maturity.kpi.resources;

/** How a workload kind turns into running replicas. */
public enum WorkloadType {
    /** Deployment, StatefulSet, ReplicaSet, ReplicationController: {@code spec.replicas} (default 1), or an HPA. */
    SERVICE,
    /** DaemonSet: one pod per node. */
    DAEMON,
    /** A bare Pod: one. */
    POD,
    /** Job and CronJob: {@code parallelism} pods, but only while they run, so they stay out of the totals. */
    BATCH;

    public static WorkloadType of(String kind) {
        return switch (kind) {
            case "Deployment", "StatefulSet", "ReplicaSet", "ReplicationController" -> SERVICE;
            case "DaemonSet" -> DAEMON;
            case "Pod" -> POD;
            case "Job", "CronJob" -> BATCH;
            default -> null;
        };
    }
}
