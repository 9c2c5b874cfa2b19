package dev.cairn.maturity.criteria.business;

import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.history.Tag;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.DecisionRecords;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * BIZ-2: the POC is finished, and what it showed about resources, delivery speed, downtime and continuity is
 * written down. Files: a POC report ({@code docs/poc-report*}, {@code poc-results*}, {@code pilot-findings*},
 * {@code docs/poc/...report...}) or a decision record ({@link DecisionRecords}) that speaks of the POC. Proof of at least one deployment:
 * a CI job with a deploy step ({@link StepKind#DEPLOY}), a release or deploy tag in git ({@code v1.2.0},
 * {@code release-*}, {@code deploy-*}, {@code prod-*}), or deployments in the scan's deployment-frequency KPI
 * (tags, GitOps path or deployments file). The findings are what the criterion is about and only the answer
 * can confirm them, so every observation is a hint.
 * <ul>
 *   <li>MET (hint): a POC report and a deployment;</li>
 *   <li>PARTIAL (hint): one of the two;</li>
 *   <li>UNKNOWN: neither.</li>
 * </ul>
 */
public final class PocFindingsEvaluator implements Evaluator {
    private static final Pattern REPORT = Pattern.compile(
            "(^|/)(poc|pilot|proof[-_]of[-_]concept)[-_]?(report|results|findings|outcomes?|retro(spective)?|summary)[^/]*$"
            + "|(^|/)docs?/(poc|pilot)/[^/]*(report|results|findings|outcomes?|retro)[^/]*$");
    private static final Pattern POC = Pattern.compile("\\bPoC\\b|\\bPOC\\b|(?i)\\bproof[- ]of[- ]concept\\b|\\bpilot\\b");
    private static final Pattern RELEASE_TAG = Pattern.compile("^v?\\d+\\.\\d+(\\.\\d+)?([-+.][\\w.]+)?$|(?i)(release|deploy|prod)");

    @Override
    public String criterion() {
        return "BIZ-2";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> reports = docs.named(REPORT);
        List<TextMatch> records = DecisionRecords.mentioning(docs, POC);
        List<EvidenceItem> items = new ArrayList<>();
        reports.stream().limit(2).forEach(p -> items.add(DocumentSearch.evidence(p, "POC report")));
        records.stream().limit(2).forEach(m -> items.add(EvidenceItem.file(m.location(), "decision record on the POC")));
        String report = !reports.isEmpty() ? reports.get(0) + " records the POC's findings"
                : !records.isEmpty() ? records.get(0).path() + " records a decision on the POC" : null;
        Optional<String> deployed = deployment(evidence, items);
        if (report != null && deployed.isPresent()) {
            return Observation.met(report + ", and " + deployed.get(), items).asHint();
        }
        if (report != null) {
            return Observation.partial(report + ", but cairn sees no deployment (deploy job, release tag or deployment"
                    + " history): show that the POC ran", items).asHint();
        }
        if (deployed.isPresent()) {
            return Observation.partial(capitalised(deployed.get()) + ", but no POC report records what the POC showed:"
                    + " write down its findings on resources, delivery speed, downtime and continuity", items).asHint();
        }
        return Observation.unknown("no POC report and no observed deployment: answer BIZ-2 with what the POC showed");
    }

    /** How cairn knows something was deployed, adding the evidence; empty when it does not. */
    private static Optional<String> deployment(AssessmentEvidence evidence, List<EvidenceItem> items) {
        for (Pipeline pipeline : evidence.pipelines()) {
            for (Job job : pipeline.jobs()) {
                if (job.has(StepKind.DEPLOY)) {
                    items.add(EvidenceItem.file(job.location(), "deploy job " + job.name()));
                    return Optional.of("CI deploys it (job " + job.name() + " in " + pipeline.path() + ")");
                }
            }
        }
        Optional<Tag> tag = evidence.git().flatMap(h -> h.tags().stream().filter(t -> RELEASE_TAG.matcher(t.name()).find())
                .max(Comparator.comparing(Tag::time)));
        if (tag.isPresent()) {
            items.add(EvidenceItem.commit(tag.get().commitId(), "release tag " + tag.get().name()));
            return Optional.of("it was released (tag " + tag.get().name() + ")");
        }
        return evidence.kpis().stream()
                .filter(k -> k.id().equals(KpiId.DEPLOYMENT_FREQUENCY.id()) && k.value() != null && k.value() > 0)
                .findFirst().map(k -> "deployments are recorded (" + k.estimatedFrom() + ")");
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
