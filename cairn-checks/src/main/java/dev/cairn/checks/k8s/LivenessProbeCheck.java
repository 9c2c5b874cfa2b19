package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.Peer;
import dev.cairn.core.model.Severity;

/**
 * Without a liveness probe a process that hangs (deadlock, exhausted pool) keeps its pod and never gets
 * restarted. Low, not medium: a careless liveness probe (one that checks the database) restarts healthy
 * pods, which is worse than none. Batch workloads (Job, CronJob) are out of scope.
 */
public final class LivenessProbeCheck extends MissingProbeCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-024", "liveness-probe")
            .title("Container has no liveness probe")
            .severity(Severity.LOW)
            .criteria("TEC-19")
            .equivalent(Peer.POLARIS, "livenessProbeMissing")
            .equivalent(Peer.KUBE_LINTER, "no-liveness-probe")
            .equivalent(Peer.KUBESCAPE, "C-0056")
            .equivalent(Peer.CHECKOV, "CKV_K8S_8")
            .build();

    public LivenessProbeCheck() {
        super("livenessProbe", "add one that fails only when the process itself is stuck (not when a dependency is down)");
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }
}
