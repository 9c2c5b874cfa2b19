package dev.cairn.maturity.criteria.people;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.LandedChange;
import dev.cairn.maturity.criteria.Mainline;
import dev.cairn.maturity.criteria.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PEO-8: work runs in short iterations (Scrum, Kanban) that bring operations and outside dependencies into
 * the loop. Mostly a question (cnmm-level1.md §2.6): what files and history show is a hint the answer
 * overrides. History: the share of the people's changes landed on the branch in {@value Mainline#WINDOW_DAYS}
 * days that refer to a ticket ({@link LandedChange#ticket()}: {@code #123} or {@code ABC-123}, not the pull
 * request's own number), as work items of an iteration; files: issue and pull request templates
 * ({@code .github/ISSUE_TEMPLATE/}, {@code pull_request_template.md}, GitLab's issue and merge request templates).
 * <ul>
 *   <li>with at least {@value Share#MIN_CHANGES} changes: MET (hint) when at least half refer to a ticket;
 *       PARTIAL (hint) when at least a fifth do, or templates exist; NOT_MET (hint) otherwise;</li>
 *   <li>with fewer changes or outside git: PARTIAL (hint) with templates, UNKNOWN without.</li>
 * </ul>
 */
public final class ShortIterationsEvaluator implements Evaluator {
    static final double TRACKED = 0.5;
    static final double SOME = 0.2;
    private static final Pattern TEMPLATE = Pattern.compile(
            "^(\\.github/|docs/)?(issue_template|pull_request_template)(/|\\.md$)|^\\.gitlab/(issue|merge_request)_templates/");

    @Override
    public String criterion() {
        return "PEO-8";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> templates = evidence.files().paths().stream()
                .filter(p -> TEMPLATE.matcher(p.value().toLowerCase(Locale.ROOT)).find()).limit(3)
                .map(p -> EvidenceItem.file(Location.file(p), "work item template")).toList();
        List<LandedChange> changes = evidence.git().map(h -> Mainline.changes(h, evidence.today())).orElse(List.of())
                .stream().filter(c -> !c.byBot()).toList();
        Share tracked = Share.of(changes, c -> c.ticket().isPresent());
        if (!tracked.judgeable()) {
            String why = Mainline.tooFew(evidence.git().isPresent(), changes.size());
            return templates.isEmpty()
                    ? Observation.unknown("no issue or pull request templates, and " + why + " cairn cannot tell how work is"
                            + " planned: answer PEO-8 with the method and cadence")
                    : Observation.partial(templates.get(0).location().path() + " shapes work items; " + why + " cairn cannot"
                            + " tell whether changes follow them", templates).asHint();
        }
        List<EvidenceItem> items = new ArrayList<>(templates);
        changes.stream().filter(c -> c.ticket().isPresent()).limit(3).forEach(c -> items.add(
                EvidenceItem.commit(c.commit().id(), c.commit().subject() + " (refers to " + c.ticket().get() + ")")));
        String things = "changes in " + Mainline.WINDOW_DAYS + " days";
        if (tracked.atLeast(TRACKED)) {
            return Observation.met(tracked.describe(things, false) + " refer to a work item", items).asHint();
        }
        String share = tracked.describe(things, true) + " refer to a work item";
        changes.stream().filter(c -> c.ticket().isEmpty()).limit(3).forEach(c -> items.add(
                EvidenceItem.commit(c.commit().id(), c.commit().subject() + " (no ticket)")));
        if (tracked.atLeast(SOME) || !templates.isEmpty()) {
            return Observation.partial(share + ": plan work as tickets of short iterations and name them in each change",
                    items).asHint();
        }
        return Observation.notMet(share + " and there are no issue or pull request templates: plan work as tickets of"
                + " short iterations, with operations on the board", items).asHint();
    }
}
