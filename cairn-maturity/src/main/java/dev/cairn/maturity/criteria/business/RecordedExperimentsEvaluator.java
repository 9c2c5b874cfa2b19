package dev.cairn.maturity.criteria.business;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DecisionRecords;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * BIZ-8: experiments are written down and their results shared with the business. Files show the writing
 * down: documents in an {@code experiments/} or {@code spikes/} folder ({@code docs/experiments/}), and
 * decision records with a status ({@link DecisionRecords} holding a {@code Status} line or heading), which record what was tried and what was decided. Whether results reach the business only the
 * answer tells, so every observation is a hint.
 * <ul>
 *   <li>MET (hint): experiment documents;</li>
 *   <li>PARTIAL (hint): only decision records with a status;</li>
 *   <li>UNKNOWN: neither.</li>
 * </ul>
 */
public final class RecordedExperimentsEvaluator implements Evaluator {
    private static final Pattern EXPERIMENTS = Pattern.compile("(^|/)(experiments?|spikes?)/");
    private static final Pattern STATUS = Pattern.compile("(?i)^\\s{0,3}(#{1,4}\\s*status\\b|\\**status\\**\\s*:|status\\s*$)");

    @Override
    public String criterion() {
        return "BIZ-8";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> experiments = docs.named(EXPERIMENTS);
        List<TextMatch> decided = DecisionRecords.mentioning(docs, STATUS);
        List<EvidenceItem> items = new ArrayList<>();
        experiments.stream().limit(3).forEach(p -> items.add(DocumentSearch.evidence(p, "experiment record")));
        items.addAll(DocumentSearch.evidence(decided, "decision record with a status", 3));
        if (!experiments.isEmpty()) {
            return Observation.met(experiments.size() + (experiments.size() == 1 ? " experiment is" : " experiments are")
                    + " written down (" + experiments.get(0) + "); whether results reach the business, the answer tells",
                    items).asHint();
        }
        if (!decided.isEmpty()) {
            return Observation.partial(decided.size() + " decision record(s) with a status, but no experiment records: write"
                    + " down each experiment and its result, e.g. in docs/experiments/", items).asHint();
        }
        return Observation.unknown("no experiment or decision records in the repository: answer BIZ-8 with where experiment"
                + " results are recorded");
    }
}
