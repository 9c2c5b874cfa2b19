package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DecisionRecords;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * TEC-35: hard-to-change design choices (address space, cluster sizing, authentication, perimeter) were planned
 * up front. The answer decides (cnmm-level1.md §2.6); decision records are a hint, counted by the four topics
 * they cover (CIDR settings in infrastructure code count for the address space):
 * <ul>
 *   <li>MET (hint): three or four topics;</li>
 *   <li>PARTIAL (hint): one or two;</li>
 *   <li>UNKNOWN: none.</li>
 * </ul>
 */
public final class EarlyDesignDecisionsEvaluator implements Evaluator {
    static final Map<String, Pattern> TOPICS = topics();

    private static Map<String, Pattern> topics() {
        Map<String, Pattern> t = new LinkedHashMap<>();
        t.put("address space", Pattern.compile("(?i)\\b(CIDR|IP (address )?ranges?|address space|subnets?|VPC|IPAM|pod network)\\b"));
        t.put("cluster sizing", Pattern.compile("(?i)\\b(cluster siz(e|ing)|node pools?|node groups?|machine types?|instance types?|"
                + "capacity plan\\w*|autoscal\\w+ nodes?)\\b"));
        t.put("identity", Pattern.compile("(?i)\\b(OIDC|OpenID|LDAP|SSO|single sign-on|identity provider|IdP|workload identity|IAM)\\b"));
        t.put("perimeter", Pattern.compile("(?i)\\b(ingress|egress|firewall|perimeter|API gateway|WAF|DMZ|load balancer|private endpoint)\\b"));
        return t;
    }

    @Override
    public String criterion() {
        return "TEC-35";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        Map<String, EvidenceItem> covered = new LinkedHashMap<>();
        DocumentSearch docs = DocumentSearch.of(evidence);
        TOPICS.forEach((topic, words) -> DecisionRecords.mentioning(docs, words).stream().findFirst()
                .ifPresent(m -> covered.put(topic, EvidenceItem.file(m.location(), "decision on " + topic + ": " + m.text().strip()))));
        if (!covered.containsKey("address space")) {
            List<TextMatch> cidrs = evidence.files().grep(NetworkAndIamDesignEvaluator.CIDR, NetworkAndIamDesignEvaluator.IAC);
            cidrs.stream().findFirst().ifPresent(m -> covered.put("address space",
                    EvidenceItem.file(m.location(), "address range in infrastructure code: " + m.text().strip())));
        }
        if (covered.isEmpty()) {
            return Observation.unknown("no decision record on address space, cluster sizing, identity or perimeter: answer TEC-35");
        }
        List<EvidenceItem> items = new ArrayList<>(covered.values());
        List<String> missing = TOPICS.keySet().stream().filter(t -> !covered.containsKey(t)).toList();
        String found = Wording.list(List.copyOf(covered.keySet()), 4);
        if (covered.size() >= 3) {
            return Observation.met("early decisions are recorded for " + found, items).asHint();
        }
        return Observation.partial("early decisions are recorded for " + found + ", not for " + Wording.list(missing, 4), items).asHint();
    }
}
