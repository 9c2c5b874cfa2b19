package dev.cairn.maturity.criteria.policy;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * POL-6: draft SLOs and compliance priorities exist for the candidate service. Mostly a question
 * (cnmm-level1.md §2.6; the compliance priorities can only be answered), so every observation is a hint.
 * SLOs show as OpenSLO ({@code openslo/v1} {@code SLO}, {@code SLI}, {@code AlertPolicy}), Sloth
 * {@code PrometheusServiceLevel}, Pyrra {@code ServiceLevelObjective}, a {@code PrometheusRule} recording SLO
 * or error-budget series, or an SLO document ({@code docs/slo*.md}) with a target figure.
 * <ul>
 *   <li>MET (hint): SLO definitions, or an SLO document with a figure (99.9%, 300 ms);</li>
 *   <li>PARTIAL (hint): SLOs mentioned or an SLO document without a figure;</li>
 *   <li>NOT_MET (hint): none.</li>
 * </ul>
 */
public final class DraftSlosEvaluator implements Evaluator {
    private static final List<String> SLO_GROUPS = List.of("openslo/", "sloth.slok.dev/", "pyrra.dev/");
    private static final Pattern SLO_DOC = Pattern.compile("(^|/)[^/]*(slos?|service[-_]level[^/]*)([-_.][^/]*)?\\.(md|markdown|adoc|rst|txt)$");
    private static final Pattern SLO_WORDS = Pattern.compile("(?i)\\bSLOs?\\b|service level objective|error budget");
    private static final Pattern FIGURE = Pattern.compile("\\d+(\\.\\d+)?\\s*%|\\d+\\s*ms\\b");

    @Override
    public String criterion() {
        return "POL-6";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        ManifestFacts manifests = evidence.manifests();
        List<ObjectFacts> definitions = manifests.anyOf(manifests.inGroup(SLO_GROUPS), manifests.with(Feature.SLO_RECORDING_RULES));
        if (!definitions.isEmpty()) {
            List<EvidenceItem> items = definitions.stream().limit(10)
                    .map(o -> EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name())).toList();
            ObjectFacts first = definitions.get(0);
            return Observation.met(definitions.size() + " SLO definition(s), e.g. " + first.kind() + " " + first.ref().name()
                    + " in " + first.location().path(), items).asHint();
        }
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> sloDocs = docs.named(SLO_DOC);
        List<TextMatch> targets = docs.lines(SLO_WORDS, FIGURE);
        targets = targets.isEmpty() ? docs.lines(sloDocs, FIGURE) : targets;
        if (!targets.isEmpty()) {
            return Observation.met("SLO targets written down, e.g. \"" + targets.get(0).text().strip() + "\" ("
                    + targets.get(0).path() + ")", DocumentSearch.evidence(targets, "SLO target", 5)).asHint();
        }
        List<EvidenceItem> items = new ArrayList<>();
        sloDocs.stream().limit(2).forEach(p -> items.add(DocumentSearch.evidence(p, "SLO document")));
        List<TextMatch> mentions = docs.lines(SLO_WORDS);
        items.addAll(DocumentSearch.evidence(mentions, "SLO mentioned", 3));
        if (!items.isEmpty()) {
            return Observation.partial("SLOs are mentioned, but no target has a figure: draft availability and latency"
                    + " SLOs with numbers (e.g. 99.5% of requests under 300 ms)", items).asHint();
        }
        return Observation.notMet("no SLO definitions (OpenSLO, Sloth, Pyrra, error-budget rules) or SLO document").asHint();
    }
}
