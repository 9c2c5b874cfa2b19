package dev.cairn.checks.k8s;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.Peer;
import dev.cairn.core.model.Severity;

/**
 * Without a readiness probe a Service sends traffic to a pod as soon as its process starts, before it can
 * answer, and keeps sending during overload. Batch workloads (Job, CronJob) serve no traffic and are out of scope.
 */
public final class ReadinessProbeCheck extends MissingProbeCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-007", "readiness-probe")
            .title("Container has no readiness probe")
            .severity(Severity.MEDIUM)
            .criteria("TEC-19")
            .equivalent(Peer.POLARIS, "readinessProbeMissing")
            .equivalent(Peer.KUBE_LINTER, "no-readiness-probe")
            .equivalent(Peer.KUBE_SCORE, "pod-probes")
            .equivalent(Peer.KUBESCAPE, "C-0018")
            .equivalent(Peer.CHECKOV, "CKV_K8S_9")
            .build();

    public ReadinessProbeCheck() {
        super("readinessProbe",
                "add an httpGet, grpc, tcpSocket or exec probe that succeeds only when it can serve traffic");
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }
}
