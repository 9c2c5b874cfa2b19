package dev.cairn.ingest.ci;

import static dev.cairn.core.ci.StepKind.*;
import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.job;
import static dev.cairn.ingest.ci.CiFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.Trigger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuildkiteReaderTest {
    private final Pipeline buildkite = only("buildkite-pipeline.yml", ".buildkite/pipeline.yml");

    @Test
    void aBlockStepWaitsForAPersonAndBuildkiteRunsOnEveryPush() {
        assertThat(buildkite.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location())).containsExactly(
                tuple(Trigger.MANUAL, "block", "23:5-23:41"),
                tuple(Trigger.PUSH, Trigger.DEFAULT, "1:1-32:24"));
        assertThat(buildkite.env()).containsExactly(Map.entry("IMAGE", "acme/orders"));
    }

    @Test
    void commandStepsAreJobsThatWaitAtWaitStepsAndNameTheirDependencies() {
        assertThat(buildkite.jobs()).extracting(Job::id, Job::name, Job::needs, j -> at(j.location())).containsExactly(
                tuple("test", ":java: test", List.of(), "5:5-10:46"),
                tuple("image", ":docker: image", List.of("test"), "14:5-21:22"),
                tuple("5", ":kubernetes: deploy", List.of("test", "image"), "25:5-29:47"),
                tuple("notify", "notify", List.of(), "31:1-32:24"));
    }

    @Test
    void pluginsComeBeforeTheCommandsTheyWrap() {
        assertThat(job(buildkite, "image").steps()).extracting(Step::uses, Step::kinds, s -> at(s.location())).containsExactly(
                tuple("ecr#v2.9.0", Set.of(REGISTRY_LOGIN), "20:9-21:22"),
                tuple(null, Set.of(IMAGE_BUILD, IMAGE_PUSH, TAG_FROM_SHA), "16:5-18:47"));
        assertThat(job(buildkite, "image").steps().get(1).commands()).extracting(Command::text, c -> at(c.location())).containsExactly(
                tuple("docker build -t \"$IMAGE:$BUILDKITE_COMMIT\" .", "17:9-17:53"),
                tuple("docker push \"$IMAGE:$BUILDKITE_COMMIT\"", "18:9-18:47"));
        assertThat(job(buildkite, "5").steps().getFirst().commands()).extracting(Command::kinds, c -> at(c.location()))
                .containsExactly(tuple(Set.of(DEPLOY), "28:7-28:47"), tuple(Set.of(SMOKE_TEST), "29:7-29:47"));
    }

    @Test
    void notifyIsANotificationStep() {
        assertThat(job(buildkite, "notify").steps()).extracting(Step::uses, Step::kinds, s -> at(s.location()))
                .containsExactly(tuple("slack", Set.of(NOTIFICATION), "32:5-32:24"));
    }
}
