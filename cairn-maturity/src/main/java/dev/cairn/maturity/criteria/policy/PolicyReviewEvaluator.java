package dev.cairn.maturity.criteria.policy;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * POL-2: existing organisational policies were checked for what they mean in a cloud native setting, and
 * pre-production exemptions are on record. Mostly a question (cnmm-level1.md §2.6), so every observation is
 * a hint. The review: a compliance or policy mapping document ({@code docs/compliance-mapping*},
 * {@code docs/policy-review*}) or a document line about mapping or reviewing policies. The exemptions: a
 * document of exemptions, exceptions or waivers, or waivers in {@code .cairn.yaml} (each with a reason, owner
 * and expiry); an expired waiver ({@code CAIRN-002}) or a suppression without a reason ({@code CAIRN-003})
 * means they are not kept up.
 * <ul>
 *   <li>MET (hint): the review and well-kept exemptions are both recorded;</li>
 *   <li>PARTIAL (hint): one of them, or exemptions that are not kept up;</li>
 *   <li>NOT_MET (hint): neither.</li>
 * </ul>
 */
public final class PolicyReviewEvaluator implements Evaluator {
    private static final CheckId EXPIRED_WAIVER = CheckId.of("CAIRN-002");
    private static final Pattern REVIEW_DOC = Pattern.compile(
            "(^|/)[^/]*(compliance[-_]?mapping|policy[-_]?(review|mapping|gap)|control[-_]?mapping)[^/]*\\.(md|markdown|adoc|rst|txt)$");
    private static final Pattern REVIEW_WORDS = Pattern.compile("(?i)\\bpolic(y|ies) (review|mapping|gap analysis)|compliance mapping"
            + "|\\b(review(ed|ing)?|mapp(ed|ing)|assess(ed|ing)?)( of)? (our|the)? ?(existing|current|organi[sz]ation(al|'s)?|company|corporate|group)"
            + " (\\w+ )?polic(y|ies)");
    private static final Pattern EXEMPTION_DOC = Pattern.compile(
            "(^|/)[^/]*(exemption|exception|waiver)s?[^/]*\\.(md|markdown|adoc|rst|txt)$");

    @Override
    public String criterion() {
        return "POL-2";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<EvidenceItem> items = new ArrayList<>();
        Optional<String> review = docs.named(REVIEW_DOC).stream().findFirst().map(p -> {
            items.add(DocumentSearch.evidence(p, "policy review"));
            return p.value();
        }).or(() -> docs.lines(REVIEW_WORDS).stream().findFirst().map(m -> {
            items.add(EvidenceItem.file(m.location(), "policy review: " + m.text().strip()));
            return m.path().value();
        }));
        Optional<String> exemptions = docs.named(EXEMPTION_DOC).stream().findFirst().map(p -> {
            items.add(DocumentSearch.evidence(p, "recorded exemptions"));
            return p.value();
        }).or(() -> waivers(evidence).map(p -> {
            items.add(EvidenceItem.file(Location.file(p), "waivers with reason, owner and expiry"));
            return "waivers in " + p.value();
        }));
        List<Finding> unkept = evidence.checks().countedFindings(criterion());
        unkept.stream().limit(5).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));

        if (review.isPresent() && exemptions.isPresent() && unkept.isEmpty()) {
            return Observation.met("policies were reviewed for cloud native (" + review.get() + ") and exemptions are recorded ("
                    + exemptions.get() + ")", items).asHint();
        }
        if (review.isEmpty() && exemptions.isEmpty() && unkept.isEmpty()) {
            return Observation.notMet("no record of reviewing existing policies for cloud native, and no recorded"
                    + " pre-production exemptions").asHint();
        }
        List<String> gaps = new ArrayList<>();
        if (review.isEmpty()) gaps.add("record which existing policies were reviewed for cloud native");
        if (exemptions.isEmpty()) gaps.add("record pre-production exemptions with approver and end date");
        if (!unkept.isEmpty()) gaps.add(unkept.get(0).message());
        String found = review.map(r -> "policy review in " + r)
                .orElse(exemptions.map(e -> "exemptions recorded in " + e).orElse("objects suppress checks"));
        return Observation.partial(found + "; " + String.join("; ", gaps), items).asHint();
    }

    /** {@code .cairn.yaml} when it holds waivers (the expired-waiver check applies only then). */
    private static Optional<SourcePath> waivers(AssessmentEvidence evidence) {
        boolean any = evidence.checks().results().stream()
                .anyMatch(r -> r.checkId().equals(EXPIRED_WAIVER) && r.status() != CheckStatus.NOT_APPLICABLE);
        return any ? evidence.files().first(".cairn.yaml", ".cairn.yml").or(() -> Optional.of(SourcePath.of(".cairn.yaml")))
                : Optional.empty();
    }
}
