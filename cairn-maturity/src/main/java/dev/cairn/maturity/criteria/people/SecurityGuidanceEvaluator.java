package dev.cairn.maturity.criteria.people;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DocumentSearch;
import dev.cairn.maturity.criteria.DocumentSearch.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PEO-5: written guidance sorts security practices for code, images, clusters and cloud into preferred,
 * allowed with a recorded workaround, and forbidden. Mostly a question (cnmm-level1.md §2.6): the documents
 * are a keyword hint the answer overrides. Guidance documents are {@code docs/security/**},
 * {@code docs/security*}, {@code CONTRIBUTING*} and {@code *guidelines*}; the topics they cover (secrets,
 * base images, privileged containers, {@code kubectl exec}, tokens) are found by words, and a rule that
 * forbids something ("must not", "never", "forbidden", "do not") shows the do/don't form.
 * <ul>
 *   <li>MET (hint): guidance covering at least {@value #MET_TOPICS} topics, with at least one rule that forbids;</li>
 *   <li>PARTIAL (hint): guidance covering fewer topics, or none forbidden;</li>
 *   <li>UNKNOWN: no guidance document touches these topics.</li>
 * </ul>
 */
public final class SecurityGuidanceEvaluator implements Evaluator {
    static final int MET_TOPICS = 3;
    private static final Pattern GUIDANCE = Pattern.compile(
            "(^|/)docs?/security([-_./]|$)|(^|/)contributing[^/]*$|(^|/)[^/]*guidelines?[^/]*$");
    private static final List<Topic> TOPICS = List.of(
            new Topic("secrets", Pattern.compile("(?i)\\bsecrets?\\b|\\bcredentials?\\b|\\bpasswords?\\b")),
            new Topic("base images", Pattern.compile("(?i)base images?|distroless|image (digests?|tags?)|\\bpin(ned)? (the )?(base )?images?")),
            new Topic("privileged containers", Pattern.compile("(?i)\\bprivileged\\b|run(s|ning)? as root|runAsNonRoot|non-root|root user")),
            new Topic("kubectl exec", Pattern.compile("(?i)kubectl exec|exec into|shell into")),
            new Topic("tokens", Pattern.compile("(?i)\\btokens?\\b|api keys?|service account")));
    private static final Pattern FORBIDS = Pattern.compile("(?i)\\b(must not|never|forbidden|not allowed|prohibited|do not|don't)\\b");

    @Override
    public String criterion() {
        return "PEO-5";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> guidance = docs.named(GUIDANCE);
        Map<String, TextMatch> covered = docs.topics(guidance, TOPICS);
        if (covered.isEmpty()) {
            return Observation.unknown("no security guidance on secrets, base images, privileged containers, kubectl exec"
                    + " or tokens in docs/security/, CONTRIBUTING or guidelines: answer PEO-5");
        }
        List<EvidenceItem> items = new ArrayList<>();
        covered.forEach((topic, m) -> items.add(EvidenceItem.file(m.location(), "guidance on " + topic)));
        List<TextMatch> forbids = docs.lines(guidance, FORBIDS);
        forbids.stream().limit(1).forEach(m -> items.add(EvidenceItem.file(m.location(), "forbids a practice")));
        List<String> missing = TOPICS.stream().map(Topic::name).filter(t -> !covered.containsKey(t)).toList();
        String found = "security guidance covers " + String.join(", ", covered.keySet());
        if (covered.size() >= MET_TOPICS && !forbids.isEmpty()) {
            return Observation.met(found + " and says what is forbidden", items).asHint();
        }
        boolean few = covered.size() < MET_TOPICS;
        String gap = few ? "add " + String.join(", ", missing) : "say what is forbidden";
        return Observation.partial("security guidance covers " + (few ? "only " : "") + String.join(", ", covered.keySet())
                + ": " + gap
                + ", and sort practices into preferred, allowed with a workaround and forbidden", items).asHint();
    }
}
