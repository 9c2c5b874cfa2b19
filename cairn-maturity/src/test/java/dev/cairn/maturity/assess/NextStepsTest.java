package dev.cairn.maturity.assess;

import static dev.cairn.maturity.assess.AspectScoringTest.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.NextStep;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.model.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** §5.2 item 7: failing core criteria first, then partial ones by weight. */
class NextStepsTest {
    @Test
    void failingCoreFirstThenPartialHeaviestFirst() {
        Location line = Location.at(SourcePath.of("deploy/app.yaml"), new Span(21, 11, 21, 30));
        CriterionResult tec8 = new CriterionResult("TEC-8", Aspect.TECHNOLOGY, Tier.CORE, "t", Outcome.NOT_MET,
                Confidence.OBSERVED, "containers may run as root",
                List.of(EvidenceItem.check(CheckId.of("K8S-003"), line, "K8S-003 may run as root")), null);
        List<NextStep> steps = NextSteps.rank(List.of(
                r("POL-5", Tier.SUPPORTING, Outcome.PARTIAL), r("POL-1", Tier.CORE, Outcome.MET),
                r("POL-2", Tier.CORE, Outcome.PARTIAL), r("POL-6", Tier.CORE, Outcome.NOT_MET),
                r("POL-7", Tier.SUPPORTING, Outcome.NOT_MET), tec8));
        assertThat(steps).extracting(NextStep::rank, NextStep::criterion)
                .containsExactly(tuple(1, "POL-6"), tuple(2, "TEC-8"),
                        tuple(3, "POL-2"), tuple(4, "POL-5"));
        assertThat(steps.get(0).hint()).isEqualTo("cairn checks explain POL-6");
        assertThat(steps.get(1).checkId()).isEqualTo(CheckId.of("K8S-003"));
        assertThat(steps.get(1).location()).isEqualTo(line);
        assertThat(steps.get(1).title()).isEqualTo("containers may run as root");
    }
}
