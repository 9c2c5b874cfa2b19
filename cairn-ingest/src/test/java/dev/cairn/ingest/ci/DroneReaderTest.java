package dev.cairn.ingest.ci;

import static dev.cairn.core.ci.StepKind.*;
import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.parse;
import static dev.cairn.ingest.ci.CiFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.Trigger;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DroneReaderTest {
    private final PipelineParse parse = parse(".drone.yml", text("drone.yml"));

    @Test
    void everyPipelineDocumentIsAPipelineAndSecretsAreNot() {
        assertThat(parse.problems()).isEmpty();
        assertThat(parse.pipelines()).extracting(Pipeline::name, p -> at(p.location())).containsExactly(
                tuple("build", "1:1-26:25"), tuple("deploy", "28:1-48:35"));
    }

    @Test
    void triggerEventsAreTheTriggersAndAPromotionTargetIsTheEnvironment() {
        Pipeline build = parse.pipelines().get(0);
        Pipeline deploy = parse.pipelines().get(1);

        assertThat(build.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location())).containsExactly(
                tuple(Trigger.PUSH, "push", "6:11-6:15"),
                tuple(Trigger.PULL_REQUEST, "pull_request", "6:17-6:29"),
                tuple(Trigger.TAG, "tag", "6:31-6:34"));
        assertThat(deploy.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location()))
                .containsExactly(tuple(Trigger.MANUAL, "promote", "34:7-34:14"));
        assertThat(deploy.jobs()).extracting(Job::id, Job::name, Job::environment)
                .containsExactly(tuple(Job.DEFAULT_ID, "deploy", "production"));
    }

    @Test
    void commandsArePlacedItemByItemAndPluginsAreJudgedByImageAndSettings() {
        Pipeline build = parse.pipelines().get(0);
        Step test = build.jobs().getFirst().steps().get(0);
        Step publish = build.jobs().getFirst().steps().get(1);

        assertThat(test.commands()).extracting(Command::kinds, c -> at(c.location())).containsExactly(
                tuple(Set.of(STATIC_ANALYSIS), "12:9-12:21"),
                tuple(Set.of(UNIT_TEST, COVERAGE), "13:9-13:29"));
        assertThat(publish.kinds()).containsExactlyInAnyOrder(IMAGE_BUILD, IMAGE_PUSH, REGISTRY_LOGIN, TAG_FROM_SHA);
        assertThat(publish.with()).containsExactly(Map.entry("repo", "acme/orders"),
                Map.entry("tags", "${DRONE_COMMIT_SHA:0:8}\nlatest"), Map.entry("username", "from_secret: docker_username"),
                Map.entry("password", "from_secret: docker_password"));
        assertThat(parse.pipelines().get(1).jobs().getFirst().steps()).extracting(Step::label, Step::kinds).containsExactly(
                tuple("rollout", Set.of(DEPLOY, SMOKE_TEST, TAG_FROM_SHA)), tuple("notify", Set.of(NOTIFICATION)));
    }

    @Test
    void withoutTriggerEventsDroneRunsOnEveryPush() {
        Pipeline p = parse(".drone.yml", "kind: pipeline\nname: x\nsteps:\n  - name: a\n    image: alpine\n    commands: [make]\n")
                .pipelines().getFirst();

        assertThat(p.triggers()).extracting(Trigger::event, Trigger::raw).containsExactly(tuple(Trigger.PUSH, Trigger.DEFAULT));
    }
}
