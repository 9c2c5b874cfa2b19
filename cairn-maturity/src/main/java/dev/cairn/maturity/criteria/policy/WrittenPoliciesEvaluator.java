package dev.cairn.maturity.criteria.policy;

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
 * POL-1: a small set of written policies covers the services being built (access, secrets, image sources,
 * data handling). Mostly a question (cnmm-level1.md §2.6): the documents are a keyword hint the answer
 * overrides. Policy documents are {@code docs/policies/**}, {@code docs/policy*}, {@code docs/security/**},
 * {@code SECURITY.md}, {@code GOVERNANCE.md} and {@code POLICIES.md}; the topics they cover are found by words.
 * A {@code SECURITY.md} that only explains how to report a vulnerability covers none of the four.
 * <ul>
 *   <li>MET (hint): policy documents covering at least three of the four topics;</li>
 *   <li>PARTIAL (hint): policy documents covering fewer;</li>
 *   <li>NOT_MET (hint): no policy document.</li>
 * </ul>
 */
public final class WrittenPoliciesEvaluator implements Evaluator {
    static final int MET_TOPICS = 3;
    private static final Pattern POLICY_DOCS = Pattern.compile(
            "(^|/)docs?/(polic(y|ies)|security)([-_./]|$)|(^|/)(security|governance|polic(y|ies))[-_.][^/]*$");
    private static final List<Topic> TOPICS = List.of(
            new Topic("access", Pattern.compile("(?i)access control|least[- ]privilege|\\brbac\\b|who (may|can) access"
                    + "|access to (the )?(cluster|production|prod)|\\bpermissions? (are|is)\\b")),
            new Topic("secrets", Pattern.compile("(?i)\\bsecrets?\\b.*\\b(stored?|managed?|kept|never|must|vault|rotat)"
                    + "|\\bcredentials?\\b.*\\b(stored?|never|must|rotat)|secret management")),
            new Topic("image sources", Pattern.compile("(?i)base images?|trusted (images?|registr)|(image|container) (registr|sources?|provenance)"
                    + "|approved images?")),
            new Topic("data handling", Pattern.compile("(?i)personal data|\\bpii\\b|data (classification|handling|retention|protection|privacy)"
                    + "|\\bgdpr\\b|encrypt(ed|ion)? at rest")));

    @Override
    public String criterion() {
        return "POL-1";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> policies = docs.named(POLICY_DOCS);
        if (policies.isEmpty()) {
            return Observation.notMet("no written policies (docs/policies/, SECURITY.md, GOVERNANCE.md) on access,"
                    + " secrets, image sources or data handling").asHint();
        }
        Map<String, TextMatch> covered = docs.topics(policies, TOPICS);
        List<EvidenceItem> items = new ArrayList<>();
        covered.forEach((topic, m) -> items.add(EvidenceItem.file(m.location(), "policy on " + topic)));
        if (items.isEmpty()) {
            policies.stream().limit(3).forEach(p -> items.add(DocumentSearch.evidence(p, "policy document")));
        }
        List<String> missing = TOPICS.stream().map(Topic::name).filter(t -> !covered.containsKey(t)).toList();
        String found = policies.size() == 1 ? policies.get(0).value() + " covers" : policies.size() + " policy documents cover";
        if (covered.size() >= MET_TOPICS) {
            return Observation.met(found + " " + String.join(", ", covered.keySet()), items).asHint();
        }
        return Observation.partial(found + (covered.isEmpty() ? " none of the topics" : " only " + String.join(", ", covered.keySet()))
                + ": write down the policies on " + String.join(", ", missing), items).asHint();
    }
}
