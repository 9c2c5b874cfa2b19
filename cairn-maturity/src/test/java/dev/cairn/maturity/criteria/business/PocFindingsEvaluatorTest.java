package dev.cairn.maturity.criteria.business;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.Outcome;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.Strength;
import dev.cairn.maturity.criteria.CiEvidence;
import org.junit.jupiter.api.Test;

/** BIZ-2's deployment proof from a CI deploy job (the criteria fixtures cover tags and reports). */
class PocFindingsEvaluatorTest {
    private final PocFindingsEvaluator evaluator = new PocFindingsEvaluator();

    @Test
    void aDeployJobProvesADeploymentButNotTheFindings() {
        Observation o = evaluator.observe(CiEvidence.withStep("deploy-staging", "kubectl apply", null, 30, StepKind.DEPLOY));
        assertThat(o.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(o.strength()).isEqualTo(Strength.HINT);
        assertThat(o.summary()).isEqualTo("CI deploys it (job deploy-staging in .github/workflows/ci.yml), but no POC report"
                + " records what the POC showed: write down its findings on resources, delivery speed, downtime and continuity");
        assertThat(o.evidence()).singleElement().satisfies(e -> assertThat(e.location().display()).isEqualTo(".github/workflows/ci.yml:27:3"));
    }

    @Test
    void aJobWithoutADeployStepIsNoProof() {
        Observation o = evaluator.observe(CiEvidence.withStep("build", "mvn verify", null, 30, StepKind.BUILD));
        assertThat(o.outcome()).isEqualTo(Outcome.UNKNOWN);
    }
}
