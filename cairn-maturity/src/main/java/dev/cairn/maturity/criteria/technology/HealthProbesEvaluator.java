package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TEC-19: containers have readiness and liveness probes (and a startup probe for slow starters).
 * <ul>
 *   <li>UNKNOWN: no long-running workloads (Jobs and CronJobs need no probes);</li>
 *   <li>NOT_MET: no container of any long-running workload has a readiness or liveness probe;</li>
 *   <li>PARTIAL: findings of the checks that serve TEC-19 (a missing readiness or liveness probe);</li>
 *   <li>MET: every container has both.</li>
 * </ul>
 * Framework health endpoints (Spring Boot probe groups, Quarkus SmallRye Health, MicroProfile Health) and
 * startup probes are shown as evidence.
 */
public final class HealthProbesEvaluator implements Evaluator {
    static final Set<String> RUN_TO_COMPLETION = Set.of("Job", "CronJob", "PodTemplate");
    static final Pattern FRAMEWORK_HEALTH = Pattern.compile("management\\.endpoint\\.health\\.probes\\.enabled|"
            + "management\\.health\\.probes\\.enabled|quarkus-smallrye-health|microprofile-health|spring-boot-starter-actuator");
    static final String[] CONFIG = {"application*.properties", "application*.yml", "application*.yaml", "pom.xml",
            "build.gradle", "build.gradle.kts"};

    @Override
    public String criterion() {
        return "TEC-19";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<ObjectFacts> services = longRunning(evidence.manifests().declaredWorkloads());
        if (services.isEmpty()) {
            return Observation.unknown("no long-running workloads to judge");
        }
        List<Finding> findings = evidence.checks().countedFindings(criterion());
        List<TextMatch> framework = evidence.files().grep(FRAMEWORK_HEALTH, CONFIG);
        List<EvidenceItem> items = new ArrayList<>();
        findings.stream().limit(8).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));
        framework.stream().limit(1).forEach(m -> items.add(EvidenceItem.file(m.location(), "health endpoint: " + m.text().strip())));
        if (services.stream().noneMatch(o -> o.has(Feature.HEALTH_PROBES))) {
            return Observation.notMet("no container has a readiness or liveness probe (" + Wording.count(services.size(), "workload")
                    + "): add probes so Kubernetes knows when a pod can serve and when to restart it", items);
        }
        if (!findings.isEmpty()) {
            return Observation.partial(Wording.count(findings.size(), "probe") + " missing, e.g. " + findings.get(0).message(), items);
        }
        long startup = services.stream().filter(o -> o.has(Feature.STARTUP_PROBE)).count();
        return Observation.met("every container has readiness and liveness probes"
                + (startup > 0 ? " (" + startup + " with a startup probe)" : ""), items);
    }

    /** Workloads that keep running (not Jobs, CronJobs or pod templates). */
    static List<ObjectFacts> longRunning(List<ObjectFacts> workloads) {
        return workloads.stream().filter(o -> !RUN_TO_COMPLETION.contains(o.kind())).toList();
    }
}
