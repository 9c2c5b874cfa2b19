package dev.cairn.maturity.criteria.process;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PRC-17: where logs end up (a central store or SIEM) is known. From the repository: a log shipper in the
 * manifests (a workload running Fluent Bit, Fluentd, Vector, Promtail, Filebeat or Logstash; a DaemonSet
 * running Grafana Alloy or Agent or the OpenTelemetry Collector, which collect metrics and traces too;
 * logging-operator or fluent-operator resources), a shipper's configuration file, an application appender that sends logs away (Loki4j,
 * Logstash, GELF, syslog), or a cloud log sink in Terraform. A log store alone (Loki, Elasticsearch,
 * OpenSearch) shows where logs could go, not that they get there. The log-shipping DaemonSets of a running
 * cluster need a live cluster.
 * <ul>
 *   <li>MET: a log shipper or sink is configured;</li>
 *   <li>PARTIAL: only a log store;</li>
 *   <li>UNKNOWN: neither (the platform may ship logs outside this repository; the answer tells).</li>
 * </ul>
 */
public final class CentralLogsEvaluator implements Evaluator {
    private static final Pattern SHIPPER_IMAGE = Pattern.compile("(?i)fluent-?bit|fluentd|timberio/vector|/vector:|promtail|filebeat|logstash");
    /** Agents that collect metrics and traces too: as a DaemonSet (one per node) they collect the nodes' logs. */
    private static final Pattern NODE_AGENT_IMAGE = Pattern.compile("(?i)grafana/(alloy|agent)|opentelemetry-collector|otelcol");
    private static final Set<String> SHIPPER_GROUPS = Set.of("logging.banzaicloud.io/", "fluentbit.fluent.io/", "fluentd.fluent.io/",
            "logging.openshift.io/", "observability.openshift.io/");
    private static final Pattern STORE_IMAGE = Pattern.compile("(?i)\\bloki\\b|elasticsearch|opensearch|graylog");
    private static final Set<String> STORE_GROUPS = Set.of("elasticsearch.k8s.elastic.co/", "opensearch.opster.io/", "loki.grafana.com/");
    private static final Pattern SHIPPER_CONFIG = Pattern.compile("(^|/)(fluent-?bit[^/]*\\.(conf|ya?ml)|fluentd?[^/]*\\.conf|td-agent[^/]*\\.conf"
            + "|vector\\.(toml|ya?ml)|promtail[^/]*\\.ya?ml|filebeat[^/]*\\.ya?ml|logstash[^/]*\\.conf)$");
    private static final Pattern APPENDER = Pattern.compile("(?i)loki4j|LogstashTcpSocketAppender|GelfAppender|SyslogAppender|<Syslog\\b|<Gelf\\b");
    private static final Pattern CLOUD_SINK = Pattern.compile("google_logging_project_sink|aws_cloudwatch_log_subscription_filter"
            + "|azurerm_monitor_diagnostic_setting|datadog_logs_");

    @Override
    public String criterion() {
        return "PRC-17";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        ManifestFacts manifests = evidence.manifests();
        List<EvidenceItem> shippers = new ArrayList<>();
        List<ObjectFacts> shipping = manifests.anyOf(manifests.runningImage(i -> SHIPPER_IMAGE.matcher(i).find()
                || NODE_AGENT_IMAGE.matcher(i).find()), manifests.inGroup(SHIPPER_GROUPS));
        for (ObjectFacts o : shipping) {
            o.images().stream().filter(i -> SHIPPER_IMAGE.matcher(i.image()).find()
                            || o.kind().equals("DaemonSet") && NODE_AGENT_IMAGE.matcher(i.image()).find()).findFirst()
                    .ifPresent(i -> shippers.add(EvidenceItem.manifest(o.ref(), i.location(),
                            o.kind() + " " + o.ref().name() + " ships logs (" + i.image() + ")")));
            if (inGroup(o, SHIPPER_GROUPS)) {
                shippers.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name() + " configures log shipping"));
            }
        }
        for (SourcePath p : evidence.files().paths()) {
            if (SHIPPER_CONFIG.matcher(p.value().toLowerCase(Locale.ROOT)).find()) {
                shippers.add(EvidenceItem.file(Location.file(p), "log shipper configuration"));
            }
        }
        for (TextMatch m : evidence.files().grep(APPENDER, "logback*.xml", "log4j2*.xml", "log4j2*.yaml", "log4j2*.properties")) {
            shippers.add(EvidenceItem.file(m.location(), "application sends logs to a central store: " + m.text().strip()));
        }
        for (TextMatch m : evidence.files().grep(CLOUD_SINK, "*.tf")) {
            shippers.add(EvidenceItem.file(m.location(), "cloud log sink: " + m.text().strip()));
        }
        if (!shippers.isEmpty()) {
            return Observation.met("logs are shipped to a central store: " + shippers.get(0).summary(),
                    shippers.stream().limit(10).toList());
        }
        List<EvidenceItem> stores = manifests.anyOf(manifests.inGroup(STORE_GROUPS), manifests.runningImage(STORE_IMAGE.asPredicate()))
                .stream().map(o -> EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name() + " stores logs"))
                .toList();
        if (!stores.isEmpty()) {
            return Observation.partial("a log store is deployed (" + stores.get(0).summary() + "), but nothing ships"
                    + " logs to it: add a log shipper such as Fluent Bit or the OpenTelemetry Collector", stores.stream().limit(10).toList());
        }
        return Observation.unknown("no log shipper, sink or log store in the repository; a live cluster or the answer can"
                + " tell where logs end up");
    }

    private static boolean inGroup(ObjectFacts o, Set<String> groups) {
        String apiVersion = o.ref().apiVersion() == null ? "" : o.ref().apiVersion();
        return groups.stream().anyMatch(apiVersion::startsWith);
    }
}
