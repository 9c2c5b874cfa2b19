package dev.cairn.maturity.criteria.process;

import dev.cairn.core.config.Glob;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CodeOwners;
import dev.cairn.maturity.criteria.DocumentSearch;
import dev.cairn.maturity.criteria.LandedChange;
import dev.cairn.maturity.criteria.Mainline;
import dev.cairn.maturity.criteria.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PRC-11: how deployment changes are requested and approved is recorded, and live configuration can be
 * traced to git. The live half (drift against the cluster, {@code kubectl-edit} managers) needs a cluster,
 * which cairn does not read yet, so every observation here is a hint that the answer settles. From the
 * repository: the deployment configuration ({@link DeploymentConfig}) is in git; an approval route is
 * recorded when a {@code CODEOWNERS} rule covers deployment configuration or a document describes change
 * approval; the deployment changes that landed in 180 days came through pull requests.
 * <ul>
 *   <li>MET (hint): an approval route is recorded and at least 70% of the deployment changes in the window
 *       came through pull requests (or there were none);</li>
 *   <li>PARTIAL (hint): the configuration is in git, but no approval route is recorded or its changes are
 *       mostly pushed directly;</li>
 *   <li>UNKNOWN: no deployment configuration, or outside git.</li>
 * </ul>
 */
public final class TraceableDeploymentChangesEvaluator implements Evaluator {
    static final double THROUGH_REVIEW = 0.7;
    private static final Pattern APPROVAL_WORDS = Pattern.compile("(?i)change (request|approval|management|advisory)"
            + "|approv(e|al|ed|es)\\b.*\\b(deploy|release|production|prod)\\b|\\b(deploy|release|production|prod)\\w*\\b.*\\bapprov"
            + "|four[- ]eyes|\\bCAB\\b");
    private static final String LIVE_NOTE = "; drift between the cluster and git needs a live cluster";

    @Override
    public String criterion() {
        return "PRC-11";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DeploymentConfig config = new DeploymentConfig(evidence);
        if (!config.presentIn(evidence)) {
            return Observation.unknown("no deployment configuration in the repository to trace");
        }
        if (evidence.git().isEmpty()) {
            return Observation.unknown("outside git cairn cannot trace deployment changes to commits");
        }
        List<EvidenceItem> items = new ArrayList<>();
        Optional<TextMatch> route = ownersRule(evidence, config)
                .or(() -> DocumentSearch.of(evidence).lines(APPROVAL_WORDS).stream().findFirst());
        route.ifPresent(m -> items.add(EvidenceItem.file(m.location(), "approval route: " + m.text().strip())));
        List<LandedChange> changes = Mainline.changes(evidence.git().get(), evidence.today()).stream()
                .filter(config::touchedBy).toList();
        Share reviewed = Share.of(changes, LandedChange::viaPullRequest);
        changes.stream().limit(3).forEach(c -> items.add(EvidenceItem.commit(c.commit().id(), c.commit().subject())));
        String history = changes.isEmpty() ? "deployment configuration is in git (unchanged in " + Mainline.WINDOW_DAYS + " days)"
                : reviewed.describe("deployment changes in " + Mainline.WINDOW_DAYS + " days", false) + " came through pull requests";
        boolean throughReview = changes.isEmpty() || reviewed.atLeast(THROUGH_REVIEW);
        if (route.isPresent() && throughReview) {
            return Observation.met(history + ", approved as " + route.get().path() + " records" + LIVE_NOTE, items).asHint();
        }
        String missing = route.isEmpty() ? "record who approves deployment changes (e.g. a CODEOWNERS rule for the manifests)"
                : "land deployment changes through pull requests";
        return Observation.partial(history + ": " + missing + LIVE_NOTE, items).asHint();
    }

    /** The first CODEOWNERS rule with owners whose pattern covers a deployment configuration file. */
    private static Optional<TextMatch> ownersRule(AssessmentEvidence evidence, DeploymentConfig config) {
        return CodeOwners.read(evidence.files()).stream().flatMap(owners -> owners.rules().stream())
                .filter(rule -> !rule.owners().isEmpty())
                .filter(rule -> evidence.files().paths().stream()
                        .anyMatch(p -> config.isDeploymentConfig(p.value()) && Glob.of(rule.pattern()).matches(p.value())))
                .findFirst()
                .map(rule -> new TextMatch(rule.path(), rule.line(), 1, rule.pattern().length() + 1,
                        rule.pattern() + " " + String.join(" ", rule.owners())));
    }
}
