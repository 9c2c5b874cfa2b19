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
 * BIZ-5: a migration plan exists, for one application or several, with the order of its steps. Mostly a
 * question (cnmm-level1.md §2.6): documents are a hint the answer overrides. A plan is a document named for
 * a migration plan ({@code docs/migration-plan*}, {@code migration-roadmap*}); a roadmap
 * ({@code ROADMAP.md}, {@code docs/roadmap*}) counts only where it speaks of the migration, as most roadmaps
 * are product plans. A plan has a sequence when it numbers its steps or names phases, waves or dated
 * milestones.
 * <ul>
 *   <li>MET (hint): a migration plan with a sequence;</li>
 *   <li>PARTIAL (hint): a migration plan without one, or a roadmap that mentions the migration;</li>
 *   <li>UNKNOWN: neither.</li>
 * </ul>
 */
public final class MigrationPlanEvaluator implements Evaluator {
    private static final Pattern PLAN = Pattern.compile("(^|/)migration[-_]?(plan|roadmap)[^/]*$|(^|/)docs?/migration[-_]?plan/");
    private static final Pattern ROADMAP = Pattern.compile("(^|/)roadmap[^/]*$|(^|/)docs?/roadmap/");
    private static final Pattern MIGRATION = Pattern.compile("(?i)\\bmigrat(e|es|ed|ing|ion)\\b");
    /** A numbered step, a phase, wave or stage with its number, or a dated milestone (2027-03, Q2 2027). */
    private static final Pattern SEQUENCE = Pattern.compile(
            "^\\s{0,3}\\d+[.)]\\s+\\S|(?i)\\b(phase|wave|stage|step|milestone)\\s+\\d+\\b|\\b20\\d\\d-[01]\\d\\b|\\bQ[1-4]\\s*20\\d\\d\\b");

    @Override
    public String criterion() {
        return "BIZ-5";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> plans = docs.named(PLAN);
        if (!plans.isEmpty()) {
            List<TextMatch> steps = docs.lines(plans, SEQUENCE);
            List<EvidenceItem> items = new ArrayList<>();
            items.add(DocumentSearch.evidence(plans.get(0), "migration plan"));
            items.addAll(DocumentSearch.evidence(steps, "step of the sequence", 3));
            if (!steps.isEmpty()) {
                return Observation.met(steps.get(0).path() + " plans the migration in order", items).asHint();
            }
            return Observation.partial(plans.get(0) + " plans the migration but gives no order: number the steps or name"
                    + " phases with dates", items).asHint();
        }
        List<TextMatch> roadmap = docs.lines(docs.named(ROADMAP), MIGRATION);
        if (!roadmap.isEmpty()) {
            return Observation.partial(roadmap.get(0).path() + " mentions the migration, but there is no migration plan that"
                    + " says which applications move in what order", DocumentSearch.evidence(roadmap, "roadmap on the migration", 2))
                    .asHint();
        }
        return Observation.unknown("no migration plan in the repository: answer BIZ-5 with the applications, their order"
                + " and dates");
    }
}
