package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DecisionRecords;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TEC-2: the existing tools (CI, monitoring, logging, secrets, IAM, ticketing) were assessed for cloud native
 * fit. The answer decides (cnmm-level1.md §2.6 lists it as mostly a question); files give only a hint:
 * <ul>
 *   <li>PARTIAL (hint): decision records whose title is about a tool category or a well-known tool, which shows
 *       some tools were assessed but not that all were;</li>
 *   <li>UNKNOWN: no such record.</li>
 * </ul>
 */
public final class ToolingAssessedEvaluator implements Evaluator {
    static final Pattern TOOLING = Pattern.compile("(?i)\\b(CI|CD|CI/CD|continuous (integration|delivery|deployment)|"
            + "monitoring|observability|logging|logs|tracing|metrics|alerting|secrets?|secret management|IAM|identity|"
            + "SSO|ticketing|issue tracker|tooling|tools?|pipelines?|registry|Jenkins|GitHub Actions|GitLab|Tekton|"
            + "Argo ?CD|Flux|Prometheus|Grafana|Loki|Elastic(search)?|OpenSearch|Datadog|Splunk|Vault|Keycloak|Okta|"
            + "Jira|Sonar(Qube)?|Harbor|Artifactory|Nexus|OpenTelemetry)\\b");

    @Override
    public String criterion() {
        return "TEC-2";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<TextMatch> records = DecisionRecords.titled(DocumentSearch.of(evidence), TOOLING);
        if (records.isEmpty()) {
            return Observation.unknown("no decision record about tooling found: answer TEC-2 to record which tools"
                    + " were assessed and kept or replaced");
        }
        List<EvidenceItem> items = records.stream().limit(10)
                .map(m -> EvidenceItem.file(m.location(), "decision record: " + m.text().strip())).toList();
        return Observation.partial(Wording.count(records.size(), "decision record")
                + " about tooling, e.g. \"" + title(records.get(0)) + "\": confirm every existing tool has a keep or"
                + " replace decision", items).asHint();
    }

    private static String title(TextMatch m) {
        return m.text().strip().replaceFirst("^[#=]+\\s*", "");
    }
}
