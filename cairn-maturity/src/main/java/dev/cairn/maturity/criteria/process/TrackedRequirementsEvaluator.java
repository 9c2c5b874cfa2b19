package dev.cairn.maturity.criteria.process;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DocumentSearch;
import dev.cairn.maturity.criteria.LandedChange;
import dev.cairn.maturity.criteria.Mainline;
import dev.cairn.maturity.criteria.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PRC-1: functional requirements are recorded and traceable to the changes that implement them. Records are
 * feature issue templates ({@code .github/ISSUE_TEMPLATE/*feature*}, enhancement, story or requirement;
 * GitLab's {@code .gitlab/issue_templates/}) and requirement documents ({@code docs/requirements*},
 * {@code docs/stories*}, {@code docs/specs*}). Traceability is the share of the people's changes that landed
 * on the branch in 180 days whose message (or, for a merge, a merged commit's) refers to a ticket: {@code #123}
 * or {@code ABC-123}, not the pull request's own number, and not CVE or standard ids. Bot changes do not count.
 * <ul>
 *   <li>with at least {@value Share#MIN_CHANGES} such changes: MET when at least half refer to a ticket;
 *       PARTIAL when at least a fifth do, or requirements are recorded; NOT_MET otherwise;</li>
 *   <li>with fewer changes or outside git: PARTIAL as a hint when requirements are recorded (the answer
 *       decides), UNKNOWN otherwise.</li>
 * </ul>
 */
public final class TrackedRequirementsEvaluator implements Evaluator {
    static final double TRACED = 0.5;
    static final double SOME = 0.2;
    private static final Pattern ISSUE_TEMPLATE = Pattern.compile(
            "^\\.(github/issue_template|gitlab/issue_templates)/[^/]*(feature|enhancement|story|requirement)[^/]*$");
    private static final Pattern REQUIREMENTS_DOC = Pattern.compile(
            "(^|/)docs?/(requirements|user-stories|stories|specs?)([-_.][^/]*)?(/[^/]+)?\\.(md|markdown|adoc|rst)$");

    @Override
    public String criterion() {
        return "PRC-1";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> records = records(evidence);
        List<LandedChange> changes = evidence.git().map(h -> Mainline.changes(h, evidence.today())).orElse(List.of())
                .stream().filter(c -> !c.byBot()).toList();
        Share traced = Share.of(changes, c -> c.ticket().isPresent());
        if (!traced.judgeable()) {
            String why = Mainline.tooFew(evidence.git().isPresent(), changes.size());
            return records.isEmpty()
                    ? Observation.unknown("no feature issue template or requirements document, and " + why
                            + " cairn cannot tell whether changes refer to tickets")
                    : Observation.partial(records.get(0).summary() + " records requirements; " + why
                            + " cairn cannot tell whether changes refer to them", records).asHint();
        }
        List<EvidenceItem> items = new ArrayList<>(records);
        changes.stream().filter(c -> c.ticket().isPresent()).limit(5).forEach(c -> items.add(
                EvidenceItem.commit(c.commit().id(), c.commit().subject() + " (refers to " + c.ticket().get() + ")")));
        String things = "changes in " + Mainline.WINDOW_DAYS + " days";
        if (traced.atLeast(TRACED)) {
            return Observation.met(traced.describe(things, false) + " refer to a ticket", items);
        }
        String share = traced.describe(things, true) + " refer to a ticket";
        if (traced.atLeast(SOME) || !records.isEmpty()) {
            changes.stream().filter(c -> c.ticket().isEmpty()).limit(3).forEach(c -> items.add(
                    EvidenceItem.commit(c.commit().id(), c.commit().subject() + " (no ticket)")));
            return Observation.partial(share + ": name the ticket (ABC-123 or #123) in each change's message", items);
        }
        return Observation.notMet(share + ", and no feature issue template or requirements document"
                + " was found: track requirements as tickets and name them in each change", items);
    }

    private static List<EvidenceItem> records(AssessmentEvidence evidence) {
        List<EvidenceItem> out = new ArrayList<>();
        for (SourcePath p : evidence.files().paths()) {
            if (ISSUE_TEMPLATE.matcher(p.value().toLowerCase(Locale.ROOT)).find()) {
                out.add(EvidenceItem.file(Location.file(p), p.value()));
            }
        }
        DocumentSearch.of(evidence).named(REQUIREMENTS_DOC)
                .forEach(p -> out.add(EvidenceItem.file(Location.file(p), p.value())));
        return out.stream().limit(5).toList();
    }
}
