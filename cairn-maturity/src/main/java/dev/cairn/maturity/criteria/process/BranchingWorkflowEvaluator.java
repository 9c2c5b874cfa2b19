package dev.cairn.maturity.criteria.process;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
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
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PRC-4: a branching and merge workflow is defined and followed. Defined: a line of {@code CONTRIBUTING*} or a
 * document under {@code docs/} names a workflow (trunk-based, GitHub flow, GitFlow, feature branches, pull or
 * merge requests), or a pull/merge request template exists. Followed: the share of the people's changes that
 * landed on the branch in 180 days through a merge, a squashed pull request or a merge request (bot changes
 * do not count); the merged branches' name patterns ({@code feature/}, {@code fix/}, ...) are shown.
 * <ul>
 *   <li>with at least {@value Share#MIN_CHANGES} such changes: MET when at least 60% arrived that way and the
 *       workflow is written down; PARTIAL when only one of the two holds, or at least 20% arrived that way;
 *       NOT_MET otherwise;</li>
 *   <li>with fewer changes or outside git: PARTIAL when the workflow is written down (whether it is followed
 *       cannot be seen), UNKNOWN otherwise.</li>
 * </ul>
 */
public final class BranchingWorkflowEvaluator implements Evaluator {
    static final double FOLLOWED = 0.6;
    static final double SOME = 0.2;
    private static final Pattern WORKFLOW_DOCS = Pattern.compile("(^|/)contributing[^/]*$|(^|/)docs?/");
    private static final Pattern WORKFLOW_WORDS = Pattern.compile("(?i)trunk[- ]based|github[- ]flow|gitlab[- ]flow|\\bgit[- ]?flow\\b"
            + "|feature[- ]branch|topic branch|pull[- ]requests?|merge[- ]requests?|branching (model|strategy|workflow)|release branch");
    private static final Pattern TEMPLATE = Pattern.compile(
            "^(\\.github/|docs/)?pull_request_template(\\.md$|/)|^\\.gitlab/merge_request_templates/");
    private static final Pattern BRANCH_KIND = Pattern.compile("^([a-z]+)/");

    @Override
    public String criterion() {
        return "PRC-4";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> definition = new ArrayList<>();
        Optional<SourcePath> template = evidence.files().paths().stream()
                .filter(p -> TEMPLATE.matcher(p.value().toLowerCase(Locale.ROOT)).find()).findFirst();
        template.ifPresent(p -> definition.add(EvidenceItem.file(Location.file(p), "pull request template")));
        DocumentSearch docs = DocumentSearch.of(evidence);
        Optional<TextMatch> written = docs.lines(docs.named(WORKFLOW_DOCS), WORKFLOW_WORDS).stream().findFirst();
        written.ifPresent(m -> definition.add(EvidenceItem.file(m.location(), "workflow: " + m.text().strip())));
        String where = written.map(m -> m.path().value()).or(() -> template.map(SourcePath::value)).orElse(null);

        List<LandedChange> changes = evidence.git().map(h -> Mainline.changes(h, evidence.today())).orElse(List.of())
                .stream().filter(c -> !c.byBot()).toList();
        Share merged = Share.of(changes, LandedChange::viaMerge);
        if (!merged.judgeable()) {
            String why = Mainline.tooFew(evidence.git().isPresent(), changes.size());
            return where == null
                    ? Observation.unknown("no written branching workflow or pull request template, and " + why
                            + " cairn cannot tell how changes land")
                    : Observation.partial("the workflow is written down (" + where + "); " + why
                            + " cairn cannot tell whether it is followed", definition);
        }
        List<EvidenceItem> items = new ArrayList<>(definition);
        changes.stream().filter(LandedChange::viaMerge).limit(3).forEach(c ->
                items.add(EvidenceItem.commit(c.commit().id(), c.commit().subject())));
        boolean followed = merged.atLeast(FOLLOWED);
        String share = merged.describe("changes in " + Mainline.WINDOW_DAYS + " days", !followed)
                + " arrived through a merge or pull request" + branchKinds(changes);
        if (followed && where != null) {
            return Observation.met(share + ", as " + where + " describes", items);
        }
        changes.stream().filter(c -> !c.viaMerge()).limit(3).forEach(c ->
                items.add(EvidenceItem.commit(c.commit().id(), c.commit().subject() + " (pushed directly)")));
        if (followed) {
            return Observation.partial(share + ", but the workflow is not written down: describe it in CONTRIBUTING.md", items);
        }
        if (where != null || merged.atLeast(SOME)) {
            return Observation.partial(share + (where == null ? "" : ", although " + where
                    + " describes a workflow") + ": land changes through reviewed branches", items);
        }
        return Observation.notMet(share + " and no workflow is written down: agree on a branching"
                + " workflow, describe it in CONTRIBUTING.md and land changes through pull requests", items);
    }

    /** ", from feature/ and fix/ branches" for the kinds of merged branch names, or nothing. */
    private static String branchKinds(List<LandedChange> changes) {
        TreeSet<String> kinds = new TreeSet<>();
        changes.forEach(c -> c.mergedBranch().ifPresent(b -> {
            Matcher m = BRANCH_KIND.matcher(b);
            if (m.find()) kinds.add(m.group(1) + "/");
        }));
        return kinds.isEmpty() ? "" : ", from " + String.join(", ", kinds) + " branches";
    }
}
