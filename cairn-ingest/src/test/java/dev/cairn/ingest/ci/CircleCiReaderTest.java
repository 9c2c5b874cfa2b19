package dev.cairn.ingest.ci;

import static dev.cairn.core.ci.StepKind.*;
import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.job;
import static dev.cairn.ingest.ci.CiFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Include;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.Trigger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CircleCiReaderTest {
    private final Pipeline circle = only("circleci-config.yml", ".circleci/config.yml");

    @Test
    void orbsAreIncludesAndWorkflowsGiveOrderApprovalsAndOrbJobs() {
        assertThat(circle.includes()).extracting(Include::ref, i -> at(i.location())).containsExactly(
                tuple("circleci/aws-ecr@9.3.1", "4:3-4:34"), tuple("circleci/slack@4.13.3", "5:3-5:31"));
        assertThat(circle.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location())).containsExactly(
                tuple(Trigger.MANUAL, "approval", "39:9-41:33"),
                tuple(Trigger.PUSH, Trigger.DEFAULT, "1:1-46:25"));
        // deploy waits for the approval, which waits for push-image: the gate is not a job
        assertThat(circle.jobs()).extracting(Job::id, Job::needs, Job::image, j -> at(j.location())).containsExactly(
                tuple("test", List.of(), "cimg/openjdk:21.0", "8:3-15:35"),
                tuple("deploy", List.of("push-image"), "cimg/base:2024.06", "16:3-28:33"),
                tuple("push-image", List.of("test"), null, "34:9-38:30"));
    }

    @Test
    void builtInStepsRunStepsAndOrbCommandsAreClassified() {
        assertThat(job(circle, "test").steps()).extracting(Step::label, Step::kinds, s -> at(s.location())).containsExactly(
                tuple("checkout", Set.of(CHECKOUT), "12:9-12:17"),
                tuple("./gradlew build", Set.of(BUILD, UNIT_TEST), "13:9-13:29"),
                tuple("store_test_results", Set.of(TEST_REPORT), "14:9-15:35"));
        List<Step> deploy = job(circle, "deploy").steps();
        assertThat(deploy.get(1).name()).isEqualTo("Deploy with Helm");
        assertThat(deploy.get(1).commands()).extracting(Command::kinds, c -> at(c.location())).containsExactly(
                tuple(Set.of(DEPLOY, TAG_FROM_SHA), "24:13-24:87"),
                tuple(Set.of(SMOKE_TEST), "25:13-25:53"));
        assertThat(deploy.get(2)).extracting(Step::uses, Step::kinds).containsExactly("slack/notify", Set.of(NOTIFICATION));
        assertThat(deploy.get(2).with()).containsExactly(Map.entry("event", "fail"), Map.entry("template", "basic_fail_1"));
    }

    @Test
    void anOrbJobIsAJobOfOneStepThatDelegatesWithTheAliasResolved() {
        Job push = job(circle, "push-image");

        assertThat(push.uses()).isEqualTo("aws-ecr/build_and_push_image");
        assertThat(push.steps()).singleElement().satisfies(step -> {
            assertThat(step.kinds()).containsExactlyInAnyOrder(IMAGE_BUILD, IMAGE_PUSH, REGISTRY_LOGIN, TAG_FROM_SHA);
            assertThat(step.with()).containsEntry("tag", "${CIRCLE_SHA1}");
        });
    }

    @Test
    void reusableCommandsOfTheFileRunTheirStepsInPlaceAndANamedSmokeTestCountsAsOne() {
        Pipeline p = CiFixtures.parse(".circleci/config.yml", """
                version: 2.1
                orbs:
                  docker: circleci/docker@2.8.1
                commands:
                  install-tools:
                    steps:
                      - run: curl -sSL https://example.com/tools.sh | bash
                  unit:
                    steps:
                      - install-tools
                      - run: npm test
                jobs:
                  test:
                    docker: [{image: cimg/node:20.11}]
                    steps:
                      - checkout
                      - unit
                      - run:
                          name: Backend smoke test
                          command: curl -s $API_URL/api/status | grep ok
                workflows:
                  main:
                    jobs:
                      - test
                      - docker/publish:
                          image: acme/orders
                          tag: $CIRCLE_SHA1,latest
                """).pipelines().getFirst();

        assertThat(job(p, "test").steps()).extracting(Step::label, Step::kinds, s -> at(s.location())).containsExactly(
                tuple("checkout", Set.of(CHECKOUT), "16:9-16:17"),
                tuple("curl -sSL https://example.com/tools.sh | bash", Set.of(), "7:9-7:59"),
                tuple("npm test", Set.of(UNIT_TEST), "11:9-11:22"),
                tuple("Backend smoke test", Set.of(SMOKE_TEST), "18:9-20:57"));
        assertThat(job(p, "docker/publish").steps().getFirst().kinds())
                .containsExactlyInAnyOrder(IMAGE_BUILD, IMAGE_PUSH, REGISTRY_LOGIN, TAG_FROM_SHA);
    }
}
