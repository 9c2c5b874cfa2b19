package dev.cairn.maturity.criteria.process;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PRC-15: the team knows which events must be logged or audited, and for how long. Mostly a question
 * (cnmm-level1.md §2.6): the documents are only a keyword hint that the answer overrides. A document states
 * the scope when it says what must be logged or audited (or is a logging or audit document by name), and
 * the retention when a line speaks of logs or audit records together with retention or keeping them for a
 * time.
 * <ul>
 *   <li>MET (hint): scope and retention are both written down;</li>
 *   <li>PARTIAL (hint): only one of them;</li>
 *   <li>NOT_MET (hint): neither.</li>
 * </ul>
 */
public final class LoggingAuditNeedsEvaluator implements Evaluator {
    private static final Pattern LOGS = Pattern.compile("(?i)\\blogs?\\b|\\blogging\\b|\\baudit");
    private static final Pattern RETENTION = Pattern.compile("(?i)\\bretention\\b|\\bretain(ed)?\\b|\\b(kept|keep|stored?|archived?)\\b.*\\bfor \\d+"
            + "|\\b\\d+ (days?|weeks?|months?|years?)\\b");
    private static final Pattern SCOPE = Pattern.compile("(?i)\\b(must|shall|should|need to|required to) be (logged|audited|recorded)"
            + "|\\baudit (log|trail|events?|requirements?|records?)\\b|\\blogging (policy|requirements?|standard|guidelines?)"
            + "|\\bsecurity events\\b|\\bevents? (to|we) (log|audit)\\b|\\bwhat (we|to) log\\b");
    private static final Pattern SCOPE_DOC = Pattern.compile("(^|/)[^/]*(logging|audit|retention)[^/]*\\.(md|markdown|adoc|rst|txt)$");

    @Override
    public String criterion() {
        return "PRC-15";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = new DocumentSearch(evidence.files());
        Optional<TextMatch> scope = docs.lines(SCOPE).stream().findFirst();
        Optional<SourcePath> scopeDoc = docs.named(SCOPE_DOC).stream().findFirst();
        Optional<TextMatch> retention = docs.lines(RETENTION, LOGS).stream().findFirst();
        List<EvidenceItem> items = new ArrayList<>();
        scope.ifPresentOrElse(m -> items.add(EvidenceItem.file(m.location(), "what is logged or audited")),
                () -> scopeDoc.ifPresent(p -> items.add(DocumentSearch.evidence(p, "logging or audit document"))));
        retention.ifPresent(m -> items.add(EvidenceItem.file(m.location(), "retention")));
        boolean scoped = scope.isPresent() || scopeDoc.isPresent();
        String where = scope.map(m -> m.path().value()).or(() -> scopeDoc.map(SourcePath::value))
                .orElseGet(() -> retention.map(m -> m.path().value()).orElse(null));
        if (scoped && retention.isPresent()) {
            return Observation.met(where + " says what must be logged or audited and how long it is kept", items).asHint();
        }
        if (scoped) {
            return Observation.partial(where + " says what must be logged or audited, but not how long: write down"
                    + " the retention of each kind of record", items).asHint();
        }
        if (retention.isPresent()) {
            return Observation.partial(where + " gives a log retention, but not which events must be logged or audited",
                    items).asHint();
        }
        return Observation.notMet("no document says which events must be logged or audited, or how long they are kept")
                .asHint();
    }
}
