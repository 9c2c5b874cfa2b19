package dev.cairn.maturity.criteria.policy;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POL-4: the compliance regimes that apply are identified. The answer decides (cnmm-level1.md §2.6); the
 * documents give a hint only: lines naming a regime (GDPR, SOC 2, ISO 27001, PCI DSS, HIPAA, NIST, CIS
 * benchmarks, FedRAMP, NIS2, BSI C5, the EU AI Act). A naming counts as identifying a regime when the line
 * or its document is about compliance (applies, must comply, in scope, certification, audit, regulation; a
 * document under a compliance, security or policies folder). A line that rules a regime out ("PCI DSS does
 * not apply") identifies it too, since knowing what does not apply is part of knowing what does, but the
 * summary names it apart.
 * <ul>
 *   <li>MET (hint): regimes named in a compliance context, as applying or as ruled out;</li>
 *   <li>PARTIAL (hint): regimes only mentioned in passing;</li>
 *   <li>NOT_MET (hint): no regime named.</li>
 * </ul>
 */
public final class ComplianceRegimesEvaluator implements Evaluator {
    private static final Pattern REGIME = Pattern.compile("\\bGDPR\\b|\\bDSGVO\\b|\\bSOC ?2\\b|\\bISO[ /]?(IEC )?2700[12]\\b|\\bPCI[- ]?DSS\\b"
            + "|\\bHIPAA\\b|\\bNIST\\b|\\bCIS (Kubernetes |Docker )?(Benchmarks?|Controls)\\b|\\bFedRAMP\\b|\\bNIS ?2\\b|\\bBSI C5\\b|\\bEU AI Act\\b");
    private static final Pattern CONTEXT = Pattern.compile("(?i)complian|comply|regulat|certif|\\baudit|\\bappl(y|ies)\\b|subject to|in scope|obligation");
    private static final Pattern COMPLIANCE_DOC = Pattern.compile("(^|/)[^/]*(complian|regulat|certif|security|polic)[^/]*(/|$)");
    private static final Pattern RULED_OUT = Pattern.compile(
            "(?i)\\bdo(es)?(n't| not) apply|\\bnot applicable|\\bout of scope|\\bnot (subject to|in scope)|\\bdoes not fall under");

    @Override
    public String criterion() {
        return "POL-4";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<TextMatch> mentions = docs.lines(REGIME);
        if (mentions.isEmpty()) {
            return Observation.notMet("no document names the compliance regimes that apply (e.g. GDPR, SOC 2, ISO 27001,"
                    + " PCI DSS)").asHint();
        }
        List<TextMatch> identified = mentions.stream().filter(m -> CONTEXT.matcher(m.text()).find()
                || COMPLIANCE_DOC.matcher(m.path().value().toLowerCase(Locale.ROOT)).find()).toList();
        List<TextMatch> shown = identified.isEmpty() ? mentions : identified;
        List<EvidenceItem> items = DocumentSearch.evidence(shown, "compliance regime", 5);
        if (!identified.isEmpty()) {
            return Observation.met(identifiedSummary(identified), items).asHint();
        }
        return Observation.partial(String.join(", ", regimes(shown)) + " mentioned in " + mentions.get(0).path()
                + ", but not as regimes that apply: list the regimes that apply and who owns each", items).asHint();
    }

    /** "GDPR named as applying in docs/compliance.md; PCI DSS named as not applying", either part alone when the other is empty. */
    private static String identifiedSummary(List<TextMatch> identified) {
        List<TextMatch> ruledOut = identified.stream().filter(m -> RULED_OUT.matcher(m.text()).find()).toList();
        List<TextMatch> applying = identified.stream().filter(m -> !ruledOut.contains(m)).toList();
        Set<String> notApplying = regimes(ruledOut);
        notApplying.removeAll(regimes(applying));
        if (applying.isEmpty()) {
            return String.join(", ", notApplying) + " named as not applying in " + ruledOut.get(0).path();
        }
        String summary = String.join(", ", regimes(applying)) + " named as applying in " + applying.get(0).path();
        return notApplying.isEmpty() ? summary : summary + "; " + String.join(", ", notApplying) + " named as not applying";
    }

    private static Set<String> regimes(List<TextMatch> lines) {
        Set<String> names = new LinkedHashSet<>();
        for (TextMatch m : lines) {
            Matcher r = REGIME.matcher(m.text());
            while (r.find()) names.add(r.group().strip());
        }
        return names;
    }
}
