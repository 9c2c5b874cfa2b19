package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import java.util.Set;

/**
 * Without a liveness probe a process that hangs (deadlock, exhausted pool) keeps its pod and never gets
 * restarted. Low, not medium: a careless liveness probe (one that checks the database) restarts healthy
 * pods, which is worse than none. Batch workloads (Job, CronJob) are out of scope.
 */
public final class LivenessProbeCheck extends ContainerCheck {
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
        super(Set.of(ContainerKind.CONTAINER));
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return !object.kind().equals("Job") && !object.kind().equals("CronJob") && super.appliesTo(object);
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        if (container.node().get("livenessProbe").isEmpty()) {
            sink.report(container.node(), describe(container) + " has no livenessProbe: add one that fails only when"
                    + " the process itself is stuck (not when a dependency is down)");
        }
    }
}
