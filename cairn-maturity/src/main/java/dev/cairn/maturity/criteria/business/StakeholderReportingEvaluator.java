package dev.cairn.maturity.criteria.business;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * BIZ-6: outcomes are presented to business stakeholders on a regular schedule. The answer decides
 * (cnmm-level1.md §2.6); a {@code reports/} folder (at any depth) holding documents or slides is a hint.
 * Build output that lands in such folders (test, coverage, lint and scan reports, HTML, XML, JSON) does not
 * count.
 * <ul>
 *   <li>MET (hint): at least {@value #REGULAR} stakeholder reports, the least that shows a schedule;</li>
 *   <li>PARTIAL (hint): one;</li>
 *   <li>UNKNOWN: none (presentations usually live elsewhere; the answer tells).</li>
 * </ul>
 */
public final class StakeholderReportingEvaluator implements Evaluator {
    static final int REGULAR = 2;
    private static final Pattern REPORT = Pattern.compile("(^|/)reports?/([^/]+/)*[^/]+\\.(md|markdown|adoc|rst|pdf|pptx?|odp|key|docx?)$");
    private static final Pattern BUILD_OUTPUT = Pattern.compile(
            "(^|/)(target|build|node_modules|coverage)/|junit|surefire|failsafe|jacoco|coverage|lint|sarif|test[-_]?results?|scan");

    @Override
    public String criterion() {
        return "BIZ-6";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<SourcePath> reports = evidence.files().paths().stream().filter(p -> {
            String lower = p.value().toLowerCase(Locale.ROOT);
            return REPORT.matcher(lower).find() && !BUILD_OUTPUT.matcher(lower).find();
        }).toList();
        if (reports.isEmpty()) {
            return Observation.unknown("no stakeholder reports in the repository: answer BIZ-6 with when results were last"
                    + " presented, to whom, and what was decided");
        }
        List<EvidenceItem> items = reports.reversed().stream().limit(3)
                .map(p -> EvidenceItem.file(Location.file(p), "stakeholder report")).toList();
        SourcePath latest = reports.get(reports.size() - 1);
        if (reports.size() >= REGULAR) {
            return Observation.met(reports.size() + " stakeholder reports (latest by name " + latest + ")", items).asHint();
        }
        return Observation.partial("one stakeholder report (" + latest + "): present outcomes on a regular schedule and keep"
                + " each report", items).asHint();
    }
}
