package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TEC-18: every container declares CPU and memory requests and a memory limit, and the JVM heap is sized to fit.
 * <ul>
 *   <li>UNKNOWN: no workloads;</li>
 *   <li>NOT_MET: no container of any workload declares requests and no LimitRange supplies defaults;</li>
 *   <li>PARTIAL: findings of the checks that serve TEC-18 (missing CPU or memory requests, missing memory
 *       limits; a missing CPU limit is information only and does not count), requests missing but a LimitRange
 *       supplies defaults, or a JVM image (the last stage of a Dockerfile starts from a JDK or JRE image) whose
 *       heap is not sized ({@code -XX:MaxRAMPercentage}, {@code -Xmx} in the Dockerfile, a workload's
 *       {@code JAVA_TOOL_OPTIONS}, {@code JAVA_OPTS} or arguments, or Jib {@code jvmFlags});</li>
 *   <li>MET: otherwise.</li>
 * </ul>
 */
public final class ResourceRequestsEvaluator implements Evaluator {
    static final Pattern JVM_BASE = Pattern.compile("(?i)^\\s*FROM\\s+(--\\S+\\s+)*\\S*(openjdk|temurin|corretto|zulu|liberica|"
            + "semeru|adoptopenjdk|graalvm|distroless/java|-jre|-jdk|/jre|/jdk)");
    static final Pattern HEAP_SIZING = Pattern.compile("MaxRAMPercentage|InitialRAMPercentage|MaxRAM=|-Xmx\\d");
    static final Pattern FROM = Pattern.compile("(?i)^\\s*FROM\\s");

    @Override
    public String criterion() {
        return "TEC-18";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<ObjectFacts> workloads = evidence.manifests().declaredWorkloads();
        if (workloads.isEmpty()) {
            return Observation.unknown("no workloads whose resources could be judged");
        }
        List<ObjectFacts> limitRanges = evidence.manifests().ofKind("LimitRange");
        List<Finding> findings = evidence.checks().countedFindings(criterion()).stream()
                .filter(f -> f.severity().atLeast(Severity.LOW)).toList();
        List<EvidenceItem> items = new ArrayList<>();
        findings.stream().limit(8).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));
        limitRanges.stream().limit(1).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), "LimitRange " + o.ref().name() + " sets defaults")));
        boolean anyRequests = workloads.stream().anyMatch(o -> o.has(Feature.RESOURCE_REQUESTS));
        if (!anyRequests && limitRanges.isEmpty()) {
            return Observation.notMet("no container declares CPU or memory requests (" + Wording.count(workloads.size(), "workload")
                    + "): set resources.requests and limits.memory on every container", items);
        }
        Optional<TextMatch> unsizedJvm = unsizedJvm(evidence);
        unsizedJvm.ifPresent(m -> items.add(EvidenceItem.file(m.location(), "JVM image without heap sizing: " + m.text().strip())));
        if (!findings.isEmpty()) {
            String defaults = limitRanges.isEmpty() ? "" : " (LimitRange " + limitRanges.get(0).ref().name() + " supplies defaults)";
            return Observation.partial(Wording.count(findings.size(), "container resource gap") + defaults + ", e.g. "
                    + findings.get(0).message(), items);
        }
        if (unsizedJvm.isPresent()) {
            return Observation.partial("containers declare requests and memory limits, but the JVM in "
                    + unsizedJvm.get().path() + " is not sized to the limit: set -XX:MaxRAMPercentage in JAVA_TOOL_OPTIONS", items);
        }
        return Observation.met("every container declares CPU and memory requests and a memory limit", items);
    }

    /** The FROM line of the first Dockerfile whose final stage runs a JVM, when nothing sizes the heap. */
    private static Optional<TextMatch> unsizedJvm(AssessmentEvidence evidence) {
        boolean sized = !evidence.manifests().with(Feature.JVM_MEMORY_FLAGS).isEmpty()
                || !evidence.files().grep(HEAP_SIZING, ContainerBuildFiles.DOCKERFILES).isEmpty()
                || !evidence.files().grep(HEAP_SIZING, "pom.xml", "build.gradle", "build.gradle.kts").isEmpty();
        if (sized) {
            return Optional.empty();
        }
        for (SourcePath dockerfile : evidence.files().matching(ContainerBuildFiles.DOCKERFILES)) {
            List<String> lines = evidence.files().text(dockerfile).orElse(List.of());
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (FROM.matcher(lines.get(i)).find()) {
                    if (JVM_BASE.matcher(lines.get(i)).find()) {
                        return Optional.of(new TextMatch(dockerfile, i + 1, 1, lines.get(i).length() + 1, lines.get(i)));
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }
}
