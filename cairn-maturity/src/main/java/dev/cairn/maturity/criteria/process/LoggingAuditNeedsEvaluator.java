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
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * PRC-15: the team knows which events must be logged or audited, and for how long. Mostly a question
 * (cnmm-level1.md §2.6): the documents are only a keyword hint that the answer overrides. A document states
 * the scope when it says what must be logged or audited (or is a logging or audit document by name), and
 * the retention when a line speaks of logs or audit records together with retention or keeping them for a
 * time.
 * <ul>
 *   <li>MET (hint): one document states both;</li>
 *   <li>PARTIAL (hint): only one of them;</li>
 *   <li>NOT_MET (hint): neither.</li>
 * </ul>
 */
public final class LoggingAuditNeedsEvaluator implements Evaluator {
    private static final Pattern LOGS = Pattern.compile("(?i)\\blogs?\\b|\\blogging\\b|\\baudit");
    private static final Pattern RETENTION = Pattern.compile("(?i)\\bretention\\b|\\bretain(ed)?\\b|\\b(kept|keep|stored?|archived?)\\b.*\\bfor \\d+"
            + "|\\b\\d+ (days?|weeks?|months?|years?)\\b");
    private static final Pattern SCOPE = Pattern.compile("(?i)\\b(must|shall|should|need to|are required to|have to) be (logged|audited)"
            + "|\\baudit(ing)? (requirements?|policy|scope)\\b|\\blogging (policy|requirements?|standard|guidelines?)\\b"
            + "|\\bevents? (to|we must|that must be) (log|audit)|\\bwhat (we|to|must be) (log|audit)"
            + "|\\b(events|actions) (that are|are) (logged|audited)\\b");
    private static final Pattern SCOPE_DOC = Pattern.compile("(^|/)[^/]*(logging|audit|retention)[^/]*\\.(md|markdown|adoc|rst|txt)$");

    @Override
    public String criterion() {
        return "PRC-15";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<TextMatch> scopes = docs.lines(SCOPE);
        List<SourcePath> scopeDocs = docs.named(SCOPE_DOC);
        List<TextMatch> retentions = docs.lines(RETENTION, LOGS);
        Predicate<SourcePath> statesScope = p -> scopeDocs.contains(p) || scopes.stream().anyMatch(s -> s.path().equals(p));
        Optional<TextMatch> complete = retentions.stream().filter(r -> statesScope.test(r.path())).findFirst();
        if (complete.isPresent()) {
            SourcePath doc = complete.get().path();
            List<EvidenceItem> items = new ArrayList<>();
            scopes.stream().filter(s -> s.path().equals(doc)).findFirst().ifPresentOrElse(
                    s -> items.add(EvidenceItem.file(s.location(), "what is logged or audited")),
                    () -> items.add(DocumentSearch.evidence(doc, "logging or audit document")));
            items.add(EvidenceItem.file(complete.get().location(), "retention"));
            return Observation.met(doc + " says what must be logged or audited and how long it is kept", items).asHint();
        }
        if (!scopes.isEmpty() || !scopeDocs.isEmpty()) {
            EvidenceItem item = scopes.isEmpty() ? DocumentSearch.evidence(scopeDocs.get(0), "logging or audit document")
                    : EvidenceItem.file(scopes.get(0).location(), "what is logged or audited");
            return Observation.partial(item.location().path() + " says what must be logged or audited, but not how long:"
                    + " write down the retention of each kind of record", List.of(item)).asHint();
        }
        if (!retentions.isEmpty()) {
            TextMatch r = retentions.get(0);
            return Observation.partial(r.path() + " gives a log retention, but not which events must be logged or audited",
                    List.of(EvidenceItem.file(r.location(), "retention"))).asHint();
        }
        return Observation.notMet("no document says which events must be logged or audited, or how long they are kept")
                .asHint();
    }
}
