package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TEC-24: processes are stateless and disposable (graceful shutdown, no local state) and find each other by
 * Service DNS.
 * <ul>
 *   <li>UNKNOWN: no long-running workloads;</li>
 *   <li>NOT_MET: local state (a Deployment or ReplicaSet mounting a PersistentVolumeClaim) or peers addressed by
 *       literal IP in the application configuration, and no sign of graceful shutdown;</li>
 *   <li>PARTIAL: one of those, or no graceful-shutdown signal, or findings of the checks that serve TEC-24
 *       (single replicas, no PodDisruptionBudget);</li>
 *   <li>MET: graceful shutdown is configured ({@code terminationGracePeriodSeconds}, a {@code preStop} hook,
 *       {@code server.shutdown=graceful}, Quarkus {@code quarkus.shutdown.timeout}) and nothing above.</li>
 * </ul>
 * StatefulSets are meant to keep state and are not held against this criterion (TEC-22 notes them).
 */
public final class StatelessProcessesEvaluator implements Evaluator {
    static final Set<String> STATELESS_KINDS = Set.of("Deployment", "ReplicaSet", "ReplicationController");
    static final String[] APP_CONFIG = {"application*.properties", "application*.yml", "application*.yaml",
            "bootstrap*.properties", "bootstrap*.yml", "bootstrap*.yaml"};
    static final Pattern GRACEFUL = Pattern.compile("server\\.shutdown\\s*[=:]\\s*graceful|^\\s*shutdown:\\s*graceful|"
            + "quarkus\\.shutdown\\.timeout");
    static final Pattern PEER_IP = Pattern.compile("[=:]\\s*[\"']?([a-z][a-z0-9+]*:(//)?)?"
            + "(?!127\\.0\\.0\\.1|0\\.0\\.0\\.0)(\\d{1,3}\\.){3}\\d{1,3}(?![\\d/])");

    @Override
    public String criterion() {
        return "TEC-24";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        ManifestFacts manifests = evidence.manifests();
        if (manifests.workloads().stream().allMatch(o -> HealthProbesEvaluator.RUN_TO_COMPLETION.contains(o.kind()))) {
            return Observation.unknown("no long-running workloads to judge");
        }
        List<ObjectFacts> localState = manifests.with(Feature.PERSISTENT_VOLUME).stream()
                .filter(o -> STATELESS_KINDS.contains(o.kind())).toList();
        List<TextMatch> peerIps = evidence.files().grep(PEER_IP, APP_CONFIG);
        List<ObjectFacts> graceful = HealthProbesEvaluator.longRunning(
                manifests.anyOf(manifests.with(Feature.TERMINATION_GRACE), manifests.with(Feature.PRE_STOP_HOOK)));
        List<TextMatch> gracefulConfig = evidence.files().grep(GRACEFUL, APP_CONFIG);
        List<Finding> findings = evidence.checks().countedFindings(criterion());

        List<EvidenceItem> items = new ArrayList<>();
        localState.stream().limit(3).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(),
                o.kind() + " " + o.ref().name() + " keeps state on a PersistentVolumeClaim")));
        peerIps.stream().limit(2).forEach(m -> items.add(EvidenceItem.file(m.location(), "peer addressed by IP: " + m.text().strip())));
        graceful.stream().limit(2).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name()
                + " shuts down gracefully")));
        gracefulConfig.stream().limit(1).forEach(m -> items.add(EvidenceItem.file(m.location(), "graceful shutdown")));
        findings.stream().limit(4).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));

        boolean shutsDownGracefully = !graceful.isEmpty() || !gracefulConfig.isEmpty();
        List<String> against = new ArrayList<>();
        List<String> remedies = new ArrayList<>();
        if (!localState.isEmpty()) {
            against.add(localState.get(0).kind() + " " + localState.get(0).ref().name() + " keeps state on a volume");
            remedies.add("keep state in a database or object store");
        }
        if (!peerIps.isEmpty()) {
            against.add("a peer is addressed by IP (" + peerIps.get(0).path() + ":" + peerIps.get(0).line() + ")");
            remedies.add("address peers by Service name");
        }
        if (!against.isEmpty() && !shutsDownGracefully) {
            return Observation.notMet(String.join(" and ", against) + ", and nothing configures a graceful shutdown", items);
        }
        if (!against.isEmpty()) {
            return Observation.partial(String.join(" and ", against) + ": " + String.join(" and ", remedies), items);
        }
        if (!shutsDownGracefully) {
            return Observation.partial("nothing configures a graceful shutdown (terminationGracePeriodSeconds, a preStop hook,"
                    + " server.shutdown=graceful): let pods finish their requests when they stop", items);
        }
        if (!findings.isEmpty()) {
            return Observation.partial("processes shut down gracefully, but " + Wording.count(findings.size(), "finding")
                    + " limit their disposability, e.g. " + findings.get(0).message(), items);
        }
        return Observation.met("processes keep no local state and shut down gracefully", items);
    }
}
