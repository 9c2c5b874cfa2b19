package dev.cairn.maturity.criteria.technology;

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
 * TEC-32: UAT of the candidate app takes place in pre-prod and is signed off. The answer decides
 * (cnmm-level1.md §2.6); documents are a hint:
 * <ul>
 *   <li>PARTIAL (hint): a UAT document ({@code docs/uat*}, {@code uat*.md}) or a document line about user
 *       acceptance testing, which shows UAT is planned but not that it was signed off;</li>
 *   <li>UNKNOWN: neither.</li>
 * </ul>
 */
public final class PreProductionUatEvaluator implements Evaluator {
    static final Pattern UAT_DOCUMENT = Pattern.compile("(^|/)uat[^/]*$|(^|/)uat/|user[-_]acceptance");
    static final Pattern UAT_WORDS = Pattern.compile("(?i)\\buser acceptance test|\\bUAT\\b");

    @Override
    public String criterion() {
        return "TEC-32";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch documents = DocumentSearch.of(evidence);
        List<SourcePath> named = documents.named(UAT_DOCUMENT);
        List<TextMatch> lines = documents.lines(UAT_WORDS);
        List<EvidenceItem> items = new ArrayList<>();
        named.stream().limit(3).forEach(p -> items.add(DocumentSearch.evidence(p, "UAT document")));
        lines.stream().filter(m -> !named.contains(m.path())).limit(3)
                .forEach(m -> items.add(EvidenceItem.file(m.location(), "mentions UAT: " + m.text().strip())));
        if (items.isEmpty()) {
            return Observation.unknown("no UAT document found: answer TEC-32 to record where UAT happens and who signs it off");
        }
        String where = !named.isEmpty() ? named.get(0).value() : lines.get(0).path() + ":" + lines.get(0).line();
        return Observation.partial("UAT is written about (" + where + "): record that it ran in pre-production and"
                + " who signed it off", items).asHint();
    }
}
