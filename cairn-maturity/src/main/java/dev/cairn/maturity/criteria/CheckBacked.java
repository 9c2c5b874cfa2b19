package dev.cairn.maturity.criteria;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Severity;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Observation;
import java.util.List;

/**
 * The verdict of a criterion from the checks that serve it ({@code CheckSpec.criteria}):
 * <ul>
 *   <li>no serving check looked at anything (e.g. no workloads): UNKNOWN;</li>
 *   <li>a counted finding of high or critical severity: NOT_MET;</li>
 *   <li>only medium, low or info findings: PARTIAL;</li>
 *   <li>no counted finding: MET.</li>
 * </ul>
 * Suppressed and waived findings do not count, as for the exit code. The evidence lists the first findings,
 * each with its location, so a next step can point at the line to change.
 */
public final class CheckBacked {
    static final int MAX_EVIDENCE = 10;

    private CheckBacked() {}

    /**
     * @param met     the summary when no finding counts, e.g. "every container runs without privileges"
     * @param nothing the summary when there was nothing to check, e.g. "no workloads in the manifests"
     */
    public static Observation observe(AssessmentEvidence evidence, String criterion, String met, String nothing) {
        if (!evidence.checks().applied(criterion)) {
            return Observation.unknown(nothing);
        }
        List<Finding> findings = evidence.checks().countedFindings(criterion);
        if (findings.isEmpty()) {
            return Observation.met(met, List.of());
        }
        List<EvidenceItem> items = findings.stream().limit(MAX_EVIDENCE)
                .map(f -> EvidenceItem.check(f.checkId(), f.location(), f.checkId().value() + " " + f.message())).toList();
        long serious = findings.stream().filter(f -> f.severity().atLeast(Severity.HIGH)).count();
        String summary = describe(findings, serious);
        return serious > 0 ? Observation.notMet(summary, items) : Observation.partial(summary, items);
    }

    private static String describe(List<Finding> findings, long serious) {
        Finding first = findings.stream().filter(f -> serious == 0 || f.severity().atLeast(Severity.HIGH)).findFirst().orElseThrow();
        String count = findings.size() == 1 ? "1 finding" : findings.size() + " findings";
        return count + (serious > 0 ? " (" + serious + " high or critical)" : "") + ", e.g. " + first.message();
    }
}
