package dev.cairn.maturity.criteria.business;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * BIZ-1: the business goals of going cloud native are agreed and ranked. The answer decides (cnmm-level1.md
 * §2.6); a business case or OKR document ({@code docs/business-case*.md}, {@code OKRs.md},
 * {@code docs/okr/...}, {@code business-goals*}) is a hint, ranked when it numbers its goals.
 * <ul>
 *   <li>MET (hint): such a document with a numbered list;</li>
 *   <li>PARTIAL (hint): such a document without one;</li>
 *   <li>UNKNOWN: none (goals are usually agreed outside the repository; the answer tells).</li>
 * </ul>
 */
public final class RankedBusinessGoalsEvaluator implements Evaluator {
    private static final Pattern GOALS_DOCUMENT = Pattern.compile(
            "(^|/)(business[-_]?case|okrs?|business[-_]goals|objectives[-_]and[-_]key[-_]results)([-_.][^/]*)?\\.[a-z]+$"
            + "|(^|/)docs?/(business[-_]?case|okrs?)/");
    private static final Pattern RANKED = Pattern.compile("^\\s{0,3}\\d+[.)]\\s+\\S");

    @Override
    public String criterion() {
        return "BIZ-1";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> goals = docs.named(GOALS_DOCUMENT);
        if (goals.isEmpty()) {
            return Observation.unknown("no business case or OKR document in the repository: answer BIZ-1 with the top three"
                    + " goals in order and who agreed them");
        }
        List<TextMatch> ranked = docs.lines(goals, RANKED);
        List<EvidenceItem> items = new ArrayList<>();
        items.add(DocumentSearch.evidence(goals.get(0), "business case or OKRs"));
        items.addAll(DocumentSearch.evidence(ranked, "ranked goal", 3));
        if (!ranked.isEmpty()) {
            return Observation.met(ranked.get(0).path() + " ranks the business goals", items).asHint();
        }
        return Observation.partial(goals.get(0) + " names business goals but does not rank them: put them in order and"
                + " record who agreed", items).asHint();
    }
}
