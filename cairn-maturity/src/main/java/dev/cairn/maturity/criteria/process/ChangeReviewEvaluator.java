package dev.cairn.maturity.criteria.process;

import dev.cairn.core.history.Commit;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.LandedChange;
import dev.cairn.maturity.criteria.Mainline;
import dev.cairn.maturity.criteria.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * PRC-5: changes to the default branch are normally reviewed. From git alone (forge approvals are not read
 * yet): the share of the people's changes that landed on the branch in 180 days through a pull or merge
 * request (GitHub merge or squash markers, {@code See merge request}, Gerrit {@code Reviewed-on}) or with a
 * {@code Reviewed-by:} / {@code Approved-by:} trailer. Bot changes do not count. Review needs a second
 * person, so a branch only one person committed to in the window is at most PARTIAL.
 * <ul>
 *   <li>MET: at least 70% of at least {@value Share#MIN_CHANGES} changes, by two or more people;</li>
 *   <li>PARTIAL: at least 30%, or 70% by a single person;</li>
 *   <li>NOT_MET: less than 30%;</li>
 *   <li>UNKNOWN: outside git or fewer than {@value Share#MIN_CHANGES} changes.</li>
 * </ul>
 */
public final class ChangeReviewEvaluator implements Evaluator {
    static final double NORMALLY = 0.7;
    static final double SOME = 0.3;

    @Override
    public String criterion() {
        return "PRC-5";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        if (evidence.git().isEmpty()) {
            return Observation.unknown("outside git cairn cannot see how changes reach the default branch");
        }
        List<LandedChange> changes = Mainline.changes(evidence.git().get(), evidence.today()).stream()
                .filter(c -> !c.byBot()).toList();
        Share reviewed = Share.of(changes, ChangeReviewEvaluator::reviewed);
        if (!reviewed.judgeable()) {
            return Observation.unknown("only " + changes.size() + (changes.size() == 1 ? " change" : " changes") + " in " + Mainline.WINDOW_DAYS
                    + " days: too few to tell whether changes are reviewed");
        }
        List<EvidenceItem> items = new ArrayList<>();
        changes.stream().filter(ChangeReviewEvaluator::reviewed).limit(3).forEach(c -> items.add(
                EvidenceItem.commit(c.commit().id(), c.commit().subject() + c.reviewTrailer().map(t -> " (" + t + ")").orElse(""))));
        Set<String> people = people(changes);
        String share = reviewed.describe("changes in " + Mainline.WINDOW_DAYS + " days", !reviewed.atLeast(NORMALLY))
                + " came through a pull request or carry a review trailer";
        if (reviewed.atLeast(NORMALLY) && people.size() >= 2) {
            return Observation.met(share + ", by " + people.size() + " people", items);
        }
        changes.stream().filter(c -> !reviewed(c)).limit(3).forEach(c -> items.add(
                EvidenceItem.commit(c.commit().id(), c.commit().subject() + " (no review seen)")));
        if (reviewed.atLeast(NORMALLY)) {
            return Observation.partial(share + ", but one person made them all: nobody else reviews", items);
        }
        if (reviewed.atLeast(SOME)) {
            return Observation.partial(share + ": have someone else review each change before it lands"
                    + " (e.g. branch protection requiring an approval)", items);
        }
        return Observation.notMet(share + ": land changes through pull requests that someone else"
                + " approves", items);
    }

    private static boolean reviewed(LandedChange c) {
        return c.viaPullRequest() || c.reviewTrailer().isPresent();
    }

    /** The people ({@link Commit#person()}) who made the changes or the branch commits they brought in. */
    private static Set<String> people(List<LandedChange> changes) {
        Set<String> people = new TreeSet<>();
        changes.stream().flatMap(c -> Stream.concat(Stream.of(c.commit()), c.brought().stream()))
                .filter(c -> !c.isBot()).map(Commit::person).forEach(people::add);
        return people;
    }
}
