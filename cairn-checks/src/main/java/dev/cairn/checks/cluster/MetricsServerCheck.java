package dev.cairn.checks.cluster;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Set;

/** Without metrics-server there is no {@code kubectl top} and no HorizontalPodAutoscaler on CPU or memory. */
public final class MetricsServerCheck extends ClusterComponentCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("CLU-003", "metrics-server")
            .title("No metrics-server runs in the cluster")
            .severity(Severity.LOW)
            .criteria("TEC-7")
            .inputs(InputKind.CLUSTER)
            .build();

    public MetricsServerCheck() {
        super(Set.of("Deployment"), List.of("metrics-server"), "no metrics-server Deployment found, so kubectl top and"
                + " CPU or memory autoscaling do not work: install metrics-server (managed clusters offer it as an add-on)");
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }
}
