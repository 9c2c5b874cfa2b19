package dev.cairn.maturity.criteria.policy;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DecisionRecords;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * POL-3: the application's functional and architectural requirements are documented. Architecture documents
 * ({@code ARCHITECTURE.md}, {@code docs/architecture*}, {@code docs/design*}, an arc42 structure) and
 * architecture decision records ({@link DecisionRecords}: {@code docs/adr/0001-*.md}, {@code doc/adr/},
 * {@code docs/decisions/})
 * decide; diagrams as code ({@code *.puml}, Structurizr {@code workspace.dsl}, {@code *.drawio}) and an
 * architecture section in a README support.
 * <ul>
 *   <li>MET: an architecture document or at least one decision record;</li>
 *   <li>PARTIAL: only diagrams or a README section;</li>
 *   <li>NOT_MET: none.</li>
 * </ul>
 */
public final class ArchitectureDocumentedEvaluator implements Evaluator {
    private static final Pattern ARCHITECTURE_DOC = Pattern.compile(
            "(^|/)(architecture|arc42|design|solution[-_]design)[^/]*\\.(md|markdown|adoc|rst)$|(^|/)docs?/(architecture|arc42|design)/");
    private static final Pattern DIAGRAM = Pattern.compile("(^|/)([^/]+\\.(puml|plantuml|drawio)|workspace\\.dsl)$");
    private static final Pattern README_SECTION = Pattern.compile("(?i)^\\s{0,3}#{1,3}\\s+.*\\b(architecture|design|how it works)\\b");

    @Override
    public String criterion() {
        return "POL-3";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> architecture = docs.named(ARCHITECTURE_DOC);
        List<SourcePath> decisions = DecisionRecords.all(docs);
        List<EvidenceItem> items = new ArrayList<>();
        architecture.stream().limit(3).forEach(p -> items.add(DocumentSearch.evidence(p, "architecture document")));
        decisions.stream().limit(3).forEach(p -> items.add(DocumentSearch.evidence(p, "architecture decision record")));
        if (!architecture.isEmpty() || !decisions.isEmpty()) {
            List<String> found = new ArrayList<>();
            if (!architecture.isEmpty()) found.add(architecture.get(0) + " describes the architecture");
            if (!decisions.isEmpty()) found.add(decisions.size() + " architecture decision record(s)");
            return Observation.met(String.join(", ", found), items);
        }
        List<SourcePath> diagrams = evidence.files().paths().stream()
                .filter(p -> DIAGRAM.matcher(p.value().toLowerCase(Locale.ROOT)).find()).toList();
        diagrams.stream().limit(3).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "architecture diagram")));
        List<TextMatch> sections = docs.lines(docs.named(Pattern.compile("(^|/)readme[^/]*$")), README_SECTION);
        sections.stream().limit(2).forEach(m -> items.add(EvidenceItem.file(m.location(), "architecture section")));
        if (!items.isEmpty()) {
            String found = !diagrams.isEmpty() ? diagrams.size() + " architecture diagram(s)" : "a README section ("
                    + sections.get(0).text().strip() + ")";
            return Observation.partial("only " + found + ": write the architecture and its key decisions down,"
                    + " e.g. docs/architecture.md and decision records in docs/adr/", items);
        }
        return Observation.notMet("no architecture document, decision records or diagrams: describe the components,"
                + " their data and boundaries in docs/architecture.md and record decisions in docs/adr/");
    }
}
