package dev.cairn.maturity.criteria.people;

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
 * PEO-1: a scoped POC or MVP for named applications, with a leadership sponsor and production as its aim.
 * Mostly a question (cnmm-level1.md §2.6): documents are a keyword hint the answer overrides. A charter is a
 * document named for a POC, MVP, pilot or charter ({@code docs/poc*.md}, {@code docs/charter*.md},
 * {@code docs/mvp/...}); a line of the root README that mentions a POC, an MVP or a proof of concept is weaker.
 * <ul>
 *   <li>MET (hint): a charter that names a sponsor and production (or go-live) as the goal;</li>
 *   <li>PARTIAL (hint): a charter that misses one of them, or only a README mention;</li>
 *   <li>UNKNOWN: neither (a charter is often kept outside the repository; the answer tells).</li>
 * </ul>
 */
public final class ScopedProofOfConceptEvaluator implements Evaluator {
    private static final Pattern CHARTER = Pattern.compile(
            "(^|/)(poc|mvp|pilot|charter|proof[-_]of[-_]concept)([-_.][^/]*)?\\.[a-z]+$|(^|/)docs?/(poc|mvp|pilot|charter)/");
    /** The root README: READMEs deeper down describe parts (or, in cairn's own docs, the criteria themselves). */
    private static final Pattern README = Pattern.compile("^readme[^/]*$");
    /** Upper-case POC and MVP only, so that the Model-View-Presenter pattern or a variable name do not count. */
    private static final Pattern MENTION = Pattern.compile("\\b(POC|PoC|MVP)s?\\b|(?i)\\bproof[- ]of[- ]concept\\b");
    private static final Pattern SPONSOR = Pattern.compile("(?i)\\bsponsor(ed|s|ship)?\\b");
    private static final Pattern PRODUCTION = Pattern.compile("(?i)\\bproduction\\b|\\bgo[- ]live\\b");

    @Override
    public String criterion() {
        return "PEO-1";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> charters = docs.named(CHARTER);
        if (!charters.isEmpty()) {
            List<TextMatch> sponsor = docs.lines(charters, SPONSOR);
            List<TextMatch> production = docs.lines(charters, PRODUCTION);
            List<EvidenceItem> items = new ArrayList<>();
            items.add(DocumentSearch.evidence(charters.get(0), "POC or MVP charter"));
            items.addAll(DocumentSearch.evidence(sponsor, "names the sponsor", 1));
            items.addAll(DocumentSearch.evidence(production, "names production as the goal", 1));
            String charter = charters.get(0).value();
            if (!sponsor.isEmpty() && !production.isEmpty()) {
                return Observation.met(charter + " scopes the POC with a sponsor and production as its goal", items).asHint();
            }
            String missing = sponsor.isEmpty() && production.isEmpty() ? "sponsor or production goal"
                    : sponsor.isEmpty() ? "sponsor" : "production goal";
            return Observation.partial(charter + " scopes a POC but names no " + missing
                    + ": name the applications, the sponsor and the production goal", items).asHint();
        }
        List<TextMatch> mentions = docs.lines(docs.named(README), MENTION);
        if (!mentions.isEmpty()) {
            return Observation.partial(mentions.get(0).path() + " mentions a POC or MVP, but no charter names its applications,"
                    + " sponsor and production goal", DocumentSearch.evidence(mentions, "mentions the POC", 2)).asHint();
        }
        return Observation.unknown("no POC or MVP charter in the repository: answer PEO-1 with the applications, the sponsor"
                + " and the production goal");
    }
}
