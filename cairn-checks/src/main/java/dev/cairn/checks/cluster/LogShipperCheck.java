package dev.cairn.checks.cluster;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Set;

/**
 * Container logs live on the node and go with the pod. A DaemonSet agent that ships them (Fluent Bit,
 * Fluentd, Vector, Promtail, Grafana Alloy, an OpenTelemetry Collector, Datadog, Filebeat, ...) keeps them.
 */
public final class LogShipperCheck extends ClusterComponentCheck {
    static final List<String> SHIPPERS = List.of("fluent-bit", "fluentbit", "fluentd", "vector", "promtail", "alloy",
            "grafana-agent", "opentelemetry-collector", "otel-collector", "otelcol", "otelcol-contrib", "datadog",
            "datadog-agent", "filebeat", "elastic-agent", "splunk-otel-collector", "newrelic-logging", "logdna-agent");

    private static final CheckSpec SPEC = CheckSpec.builder("CLU-005", "log-shipper")
            .title("No log-shipping DaemonSet runs in the cluster")
            .severity(Severity.LOW)
            .aspect(Aspect.PROCESS)
            .criteria("PRC-17")
            .inputs(InputKind.CLUSTER)
            .build();

    public LogShipperCheck() {
        super(Set.of("DaemonSet"), SHIPPERS, "no log-shipping DaemonSet (Fluent Bit, Fluentd, Vector, Promtail,"
                + " Alloy, OpenTelemetry Collector, ...) found, so container logs are lost with their pods: run one"
                + " that ships them to a central store");
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }
}
