package dev.cairn.maturity.criteria.process;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PRC-2: non-functional targets (performance, capacity, availability, latency, resilience, scaling) are
 * written down with figures. A target line is a line of a document, or a k6 threshold, that names a
 * non-functional quantity (latency, throughput, availability, p95, RPS, RTO, ...) together with a figure
 * (200 ms, 99.9%, 500 req/s, {@code < 300}).
 * <ul>
 *   <li>MET: at least two target lines;</li>
 *   <li>PARTIAL: one target line, load tests (k6, Gatling, JMeter, Locust), a HorizontalPodAutoscaler or
 *       PodDisruptionBudget, or a non-functional requirements document without figures;</li>
 *   <li>NOT_MET: none of these.</li>
 * </ul>
 * Only MET is decisive: targets often live outside the repository (a wiki, the tracker), so short of
 * written figures the answer decides and what was found is a hint beside it.
 */
public final class NonFunctionalTargetsEvaluator implements Evaluator {
    static final int MET_LINES = 2;
    private static final Pattern QUANTITY = Pattern.compile("(?i)\\b(latency|throughput|response[- ]times?|availability|uptime"
            + "|capacity|requests? per second|[rqt]ps|p\\(?9[059]|percentile|r[tp]o|recovery (time|point)"
            + "|concurrent (users|sessions|requests)|error rate|peak load|http_req_duration|http_req_failed)\\b");
    /** A number with a unit, a percentage or a bound; not the digit of a name such as k8s or v1beta1. */
    private static final Pattern FIGURE = Pattern.compile("(?i)(?<![\\w.])(\\d+(\\.\\d+)?\\s*(ms|milliseconds?|s|sec|seconds?|min|minutes?"
            + "|h|hours?|%|rps|req/s|requests|users|sessions|[kmg]b)\\b|\\d+(\\.\\d+)?\\s*%)|[<>≤≥]=?\\s*\\d+");
    private static final Pattern NFR_DOC = Pattern.compile(
            "(^|/)[^/]*(nfr|non[-_]?functional|performance[-_]requirements|capacity[-_]plan|service[-_]levels?)[^/]*\\.(md|markdown|adoc|rst|txt)$");
    private static final Pattern K6_SCRIPT = Pattern.compile("from\\s+['\"]k6");
    private static final Pattern LOAD_TEST_FILES = Pattern.compile("(?i)(^|/)(locustfile\\.py|[^/]+simulation\\.(scala|java|kt)|[^/]+\\.jmx)$");

    @Override
    public String criterion() {
        return "PRC-2";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> k6 = evidence.files().grep(K6_SCRIPT, "*.js", "*.mjs", "*.ts").stream()
                .map(TextMatch::path).distinct().toList();
        List<SourcePath> targetFiles = new ArrayList<>(docs.documents());
        targetFiles.addAll(k6);
        List<TextMatch> targets = docs.lines(targetFiles, QUANTITY, FIGURE);
        List<EvidenceItem> items = new ArrayList<>(DocumentSearch.evidence(targets, "non-functional target", 5));
        if (targets.size() >= MET_LINES) {
            return Observation.met(targets.size() + " non-functional targets with figures, e.g. \""
                    + targets.get(0).text().strip() + "\" (" + targets.get(0).path() + ")", items);
        }
        List<String> support = new ArrayList<>();
        List<SourcePath> loadTests = new ArrayList<>(k6);
        evidence.files().paths().stream().filter(p -> LOAD_TEST_FILES.matcher(p.value().toLowerCase(Locale.ROOT)).find())
                .forEach(loadTests::add);
        if (!loadTests.isEmpty()) {
            support.add("load tests (" + loadTests.get(0) + ")");
            loadTests.stream().limit(3).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "load test")));
        }
        List<ObjectFacts> scaling = evidence.manifests().ofKind("HorizontalPodAutoscaler", "PodDisruptionBudget");
        if (!scaling.isEmpty()) {
            support.add(scaling.size() + " HorizontalPodAutoscaler/PodDisruptionBudget object(s)");
            scaling.stream().limit(3).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name())));
        }
        List<SourcePath> nfrDocs = docs.named(NFR_DOC);
        if (!nfrDocs.isEmpty()) {
            support.add("a non-functional requirements document (" + nfrDocs.get(0) + ")");
            items.add(DocumentSearch.evidence(nfrDocs.get(0), "non-functional requirements document"));
        }
        if (!targets.isEmpty()) {
            return Observation.partial("one non-functional target with a figure (\"" + targets.get(0).text().strip()
                    + "\"): write down latency, throughput, availability and scaling targets as numbers", items).asHint();
        }
        if (!support.isEmpty()) {
            return Observation.partial(String.join(", ", support) + ", but no non-functional target with a figure:"
                    + " write down latency, throughput, availability and scaling targets as numbers", items).asHint();
        }
        return Observation.notMet("no non-functional targets with figures (p95 latency, requests per second,"
                + " availability %, RTO/RPO), load tests or autoscaling found").asHint();
    }
}
