package dev.cairn.maturity.criteria.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.Outcome;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CiEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PEO-6 from CI steps (the criteria fixtures cover reports, SBOMs and the Scorecard workflow by path). */
class SecurityBaselineEvaluatorTest {
    private final SecurityBaselineEvaluator evaluator = new SecurityBaselineEvaluator();

    @Test
    void anImageScanInCiIsABaseline() {
        Observation o = evaluator.observe(CiEvidence.withStep("scan", "Scan the image with Trivy",
                "aquasecurity/trivy-action@18f2510ee396bbf400402947b394f2dd8c87dbb0", 12, StepKind.VULNERABILITY_SCAN));
        assertThat(o.outcome()).isEqualTo(Outcome.MET);
        assertThat(o.summary()).isEqualTo("the open-source security posture has a baseline: Scan the image with Trivy runs in"
                + " .github/workflows/ci.yml; the answer confirms the joint pre-production review");
        assertThat(o.evidence()).singleElement().satisfies(e -> {
            assertThat(e.location().display()).isEqualTo(".github/workflows/ci.yml:12:9");
            assertThat(e.summary()).isEqualTo("security scan step: Scan the image with Trivy");
        });
    }

    @Test
    void aScorecardActionCountsThoughNoStepKindNamesIt() {
        Observation o = evaluator.observe(CiEvidence.withStep("analysis", null,
                "ossf/scorecard-action@62b2cac7ed8198b15735ed49ab1e5cf35480ba46", 20));
        assertThat(o.outcome()).isEqualTo(Outcome.MET);
        assertThat(o.summary()).startsWith("the open-source security posture has a baseline: OpenSSF Scorecard runs in .github/workflows/ci.yml");
    }

    @Test
    void theSummaryNamesAVulnerabilityScanBeforeAConfigurationScan() {
        Observation o = evaluator.observe(CiEvidence.withSteps("checks",
                CiEvidence.step("Lint the manifests", null, 10, StepKind.CONFIG_SCAN),
                CiEvidence.step("Grype", null, 14, StepKind.VULNERABILITY_SCAN)));
        assertThat(o.summary()).startsWith("the open-source security posture has a baseline: Grype runs in .github/workflows/ci.yml;");
        assertThat(o.evidence()).extracting(e -> e.location().display())
                .containsExactly(".github/workflows/ci.yml:10:9", ".github/workflows/ci.yml:14:9");
    }

    @Test
    void aCiFileWithoutAPipelineReadFromItLeavesItOpen() {
        AssessmentEvidence e = CiEvidence.withStep("build", "Build", null, 9, StepKind.BUILD);
        AssessmentEvidence unread = new AssessmentEvidence(e.files(), List.of(), e.manifests(), e.index(), e.checks(), null,
                List.of(), e.kpiConfig(), e.today());
        Observation o = evaluator.observe(unread);
        assertThat(o.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(o.summary()).isEqualTo("cairn read no pipeline from .github/workflows/ci.yml, so it cannot tell whether CI"
                + " scans: answer PEO-6, or commit the pre-production scan results");
    }

    @Test
    void buildAndTestStepsAreNoBaseline() {
        Observation o = evaluator.observe(CiEvidence.withStep("build", "Build", null, 9, StepKind.BUILD, StepKind.UNIT_TEST,
                StepKind.SAST));
        assertThat(o.outcome()).isEqualTo(Outcome.NOT_MET);
    }
}
