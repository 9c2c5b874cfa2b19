package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Severity;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TEC-23: configuration and credentials come from the environment (ConfigMap, Secret, env), not from the image.
 * <ul>
 *   <li>NOT_MET: a high or critical finding of the checks that serve TEC-23 (a secret in a Dockerfile
 *       {@code ENV}, a literal secret in a container's environment);</li>
 *   <li>PARTIAL: lesser findings (secret files copied into the image, secrets in ConfigMaps, duplicated
 *       variables); a Dockerfile that copies environment-specific configuration ({@code application-prod.*},
 *       {@code *.env}); a JDBC URL with a literal host in {@code src/main/resources}; or workloads none of which
 *       takes configuration from the environment ({@code env}, {@code envFrom}, mounted ConfigMaps or Secrets);</li>
 *   <li>MET: workloads take their configuration from the environment and nothing above is found;</li>
 *   <li>UNKNOWN: no workloads and nothing against.</li>
 * </ul>
 */
public final class RuntimeConfigurationEvaluator implements Evaluator {
    static final Pattern ENV_SPECIFIC_COPY = Pattern.compile("(?i)^\\s*(COPY|ADD)\\s.*(application-(prod|production|staging|stage|dev|test)"
            + "\\.(ya?ml|properties)|\\S*\\.env\\b(?!\\.example))");
    static final Pattern LITERAL_JDBC_HOST = Pattern.compile("jdbc:[a-z0-9]+:(//)?(?!\\$\\{|localhost\\b|127\\.0\\.0\\.1|mem:|h2:|tc:)"
            + "[A-Za-z0-9][\\w.-]*[.:]\\w");
    static final String[] APP_RESOURCES = {"src/main/resources/application*.properties", "src/main/resources/application*.yml",
            "src/main/resources/application*.yaml", "**/src/main/resources/application*.properties",
            "**/src/main/resources/application*.yml", "**/src/main/resources/application*.yaml"};

    @Override
    public String criterion() {
        return "TEC-23";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<Finding> findings = evidence.checks().countedFindings(criterion());
        List<TextMatch> bakedConfig = evidence.files().grep(ENV_SPECIFIC_COPY, ContainerBuildFiles.DOCKERFILES).stream()
                .filter(m -> findings.stream().noneMatch(f -> sameLine(f, m))).toList();
        List<TextMatch> jdbcHosts = evidence.files().grep(LITERAL_JDBC_HOST, APP_RESOURCES);
        List<ObjectFacts> workloads = evidence.manifests().declaredWorkloads();
        List<ObjectFacts> configured = workloads.stream().filter(o -> o.has(Feature.ENV_VARIABLES)
                || o.has(Feature.ENV_FROM_CONFIG) || o.has(Feature.CONFIG_VOLUME)).toList();

        List<EvidenceItem> items = new ArrayList<>();
        findings.stream().limit(5).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));
        bakedConfig.stream().limit(2).forEach(m -> items.add(EvidenceItem.file(m.location(), "environment-specific configuration baked into the image")));
        jdbcHosts.stream().limit(2).forEach(m -> items.add(EvidenceItem.file(m.location(), "database host written into the app: " + m.text().strip())));
        configured.stream().limit(3).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(),
                o.kind() + " " + o.ref().name() + " takes configuration from the environment")));

        if (findings.stream().anyMatch(f -> f.severity().atLeast(Severity.HIGH))) {
            Finding first = findings.stream().filter(f -> f.severity().atLeast(Severity.HIGH)).findFirst().orElseThrow();
            return Observation.notMet("credentials are written into the image or manifests: " + first.message(), items);
        }
        if (!findings.isEmpty()) {
            return Observation.partial(Wording.count(findings.size(), "finding") + " about configuration, e.g. "
                    + findings.get(0).message(), items);
        }
        if (!bakedConfig.isEmpty()) {
            return Observation.partial("the image carries environment-specific configuration (" + bakedConfig.get(0).path()
                    + ":" + bakedConfig.get(0).line() + "): supply it from a ConfigMap or Secret at runtime", items);
        }
        if (!jdbcHosts.isEmpty()) {
            return Observation.partial("a database host is written into the application (" + jdbcHosts.get(0).path() + ":"
                    + jdbcHosts.get(0).line() + "): read the URL from the environment", items);
        }
        if (workloads.isEmpty()) {
            return Observation.unknown("no workloads show how configuration is supplied");
        }
        if (configured.isEmpty()) {
            return Observation.partial("no workload takes configuration from the environment (env, envFrom, mounted"
                    + " ConfigMaps or Secrets): check nothing environment-specific is built into the image", items);
        }
        String who = configured.size() == workloads.size() ? "every workload takes"
                : configured.size() + " of " + workloads.size() + " workloads take";
        return Observation.met(who + " configuration from the environment, and no credentials are baked in", items);
    }

    /** A check already reports the line (DKR-008 for secret-looking files), so it is not listed twice. */
    private static boolean sameLine(Finding f, TextMatch m) {
        return f.location().path().equals(m.path()) && f.location().span() != null && f.location().span().startLine() == m.line();
    }
}
