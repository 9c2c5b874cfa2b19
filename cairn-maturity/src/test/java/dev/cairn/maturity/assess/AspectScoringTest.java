package dev.cairn.maturity.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.Tier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** §5.2 items 3 to 5, with the numbers worked by hand. */
class AspectScoringTest {
    private static final Aspect A = Aspect.POLICY;

    @Test
    void scoreWeighsCoreTwiceAndExcludesUnknownAndNotApplicable() {
        // earned 2·1 + 2·0.5 + 1·0 = 3 of evaluated weight 2 + 2 + 1 = 5 -> 60; coverage 5 / (5 + 2 unknown core) = 0.714
        AspectScore s = AspectScoring.score(A, List.of(
                r("POL-1", Tier.CORE, Outcome.MET), r("POL-2", Tier.CORE, Outcome.PARTIAL),
                r("POL-5", Tier.SUPPORTING, Outcome.NOT_MET), r("POL-4", Tier.CORE, Outcome.UNKNOWN),
                r("POL-8", Tier.OPTIONAL, Outcome.NOT_APPLICABLE), r("PEO-1", Tier.CORE, Outcome.NOT_MET)));
        assertThat(s.score()).isEqualTo(60);
        assertThat(s.coverage()).isEqualTo(0.71);
        assertThat(s.state()).isEqualTo(AspectState.INSUFFICIENT_EVIDENCE); // coverage < 0.8, whatever the score
    }

    @Test
    void attainedNeedsNoFailingCoreScore70AndCoverage08() {
        List<CriterionResult> rs = new ArrayList<>(List.of(r("POL-1", Tier.CORE, Outcome.MET), r("POL-2", Tier.CORE, Outcome.MET),
                r("POL-3", Tier.CORE, Outcome.PARTIAL), r("POL-5", Tier.SUPPORTING, Outcome.NOT_MET)));
        // 2 + 2 + 1 + 0 = 5 of 7 -> 71; coverage 1.0; no core NOT_MET
        AspectScore attained = AspectScoring.score(A, rs);
        assertThat(attained.score()).isEqualTo(71);
        assertThat(attained.state()).isEqualTo(AspectState.ATTAINED);

        rs.set(2, r("POL-3", Tier.CORE, Outcome.NOT_MET)); // 4 of 7 -> 57, a core criterion fails
        AspectScore progress = AspectScoring.score(A, rs);
        assertThat(progress.score()).isEqualTo(57);
        assertThat(progress.state()).isEqualTo(AspectState.IN_PROGRESS);
    }

    @Test
    void aFailingCoreCriterionBlocksAttainmentWhateverTheScore() {
        List<CriterionResult> rs = new ArrayList<>();
        for (int i = 1; i <= 9; i++) rs.add(r("POL-" + i, Tier.CORE, Outcome.MET));
        rs.add(r("POL-10", Tier.CORE, Outcome.NOT_MET)); // 18 of 20 -> 90
        AspectScore s = AspectScoring.score(A, rs);
        assertThat(s.score()).isEqualTo(90);
        assertThat(s.state()).isEqualTo(AspectState.IN_PROGRESS);
    }

    @Test
    void inProgressByScore30OrHalfTheCoreCredited() {
        // core MET, core NOT_MET, core NOT_MET, supporting NOT_MET: 2 of 7 -> 29, but 1 of 3 core credited: not started
        AspectScore notStarted = AspectScoring.score(A, List.of(r("POL-1", Tier.CORE, Outcome.MET),
                r("POL-2", Tier.CORE, Outcome.NOT_MET), r("POL-3", Tier.CORE, Outcome.NOT_MET),
                r("POL-5", Tier.SUPPORTING, Outcome.NOT_MET)));
        assertThat(notStarted.score()).isEqualTo(29);
        assertThat(notStarted.state()).isEqualTo(AspectState.NOT_STARTED);
        // two core PARTIAL of four core: 2 of 8 -> 25 < 30, but half the core criteria are credited
        AspectScore half = AspectScoring.score(A, List.of(r("POL-1", Tier.CORE, Outcome.PARTIAL),
                r("POL-2", Tier.CORE, Outcome.PARTIAL), r("POL-3", Tier.CORE, Outcome.NOT_MET),
                r("POL-4", Tier.CORE, Outcome.NOT_MET)));
        assertThat(half.score()).isEqualTo(25);
        assertThat(half.state()).isEqualTo(AspectState.IN_PROGRESS);
    }

    @Test
    void informationItemsWeighNothingAndNothingEvaluatedHasNoScore() {
        AspectScore s = AspectScoring.score(A, List.of(r("POL-1", Tier.INFORMATION, Outcome.MET), r("POL-2", Tier.CORE, Outcome.UNKNOWN)));
        assertThat(s.score()).isNull();
        assertThat(s.coverage()).isEqualTo(0.0);
        assertThat(s.state()).isEqualTo(AspectState.INSUFFICIENT_EVIDENCE);
    }

    @Test
    void coverageIsRoundedDownSoThatAShownGateValueHolds() {
        // 39 core MET (78) + 1 supporting MET = 79 evaluated of 79 + 1 + 10 core unknown (20) = 100
        List<CriterionResult> rs = new ArrayList<>();
        for (int i = 0; i < 39; i++) rs.add(r("POL-1", Tier.CORE, Outcome.MET));
        rs.add(r("POL-5", Tier.SUPPORTING, Outcome.MET));
        rs.add(r("POL-5", Tier.SUPPORTING, Outcome.UNKNOWN));
        for (int i = 0; i < 10; i++) rs.add(r("POL-1", Tier.CORE, Outcome.UNKNOWN));
        AspectScore s = AspectScoring.score(A, rs); // 79 / 100 = 0.79
        assertThat(s.coverage()).isEqualTo(0.79);
        assertThat(s.state()).isEqualTo(AspectState.INSUFFICIENT_EVIDENCE);
    }

    static CriterionResult r(String id, Tier tier, Outcome outcome) {
        Aspect aspect = id.startsWith("PEO") ? Aspect.PEOPLE : A;
        return new CriterionResult(id, aspect, tier, id + " title", outcome, Confidence.OBSERVED, "why", List.of(), null);
    }
}
