package dev.cairn.ingest.ci;

import static dev.cairn.core.ci.StepKind.*;
import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.job;
import static dev.cairn.ingest.ci.CiFixtures.only;
import static dev.cairn.ingest.ci.CiFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.Trigger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BitbucketPipelinesReaderTest {
    private final Pipeline bitbucket = only("bitbucket-pipelines.yml", "bitbucket-pipelines.yml");

    @Test
    void pipelineSectionsAreTheTriggers() {
        assertThat(bitbucket.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location())).containsExactly(
                tuple(Trigger.PUSH, "default", "14:3-15:24"),
                tuple(Trigger.PULL_REQUEST, "pull-requests: **", "17:5-18:26"),
                tuple(Trigger.PUSH, "branches: main", "20:5-43:55"),
                tuple(Trigger.MANUAL, "trigger: manual", "39:11-39:26"),
                tuple(Trigger.TAG, "tags: v*", "45:5-46:26"),
                tuple(Trigger.MANUAL, "custom: rebuild-cache", "48:5-52:43"));
    }

    @Test
    void eachBitbucketStepIsAJobThatNeedsTheStepsBeforeItAndParallelStepsRunTogether() {
        assertThat(bitbucket.jobs()).extracting(Job::id, Job::name, Job::needs).containsExactly(
                tuple("default/1", "Build and test", List.of()),
                tuple("pull-requests/**/1", "Build and test", List.of()),
                tuple("branches/main/1", "Build and test", List.of()),
                tuple("branches/main/2", "Lint", List.of("branches/main/1")),
                tuple("branches/main/3", "Image", List.of("branches/main/1")),
                tuple("branches/main/4", "Deploy to staging", List.of("branches/main/2", "branches/main/3")),
                tuple("tags/v*/1", "Build and test", List.of()),
                tuple("custom/rebuild-cache/1", "Warm cache", List.of()));
    }

    @Test
    void anAnchoredStepKeepsTheLocationsOfItsDefinition() {
        Job first = job(bitbucket, "default/1");

        assertThat(at(first.location())).isEqualTo("15:7-15:11");
        assertThat(first.image()).isEqualTo("maven:3.9-eclipse-temurin-21");
        assertThat(first.steps()).singleElement().satisfies(step -> {
            assertThat(step.kinds()).containsExactlyInAnyOrder(BUILD, UNIT_TEST);
            assertThat(at(step.commands().getFirst().location())).isEqualTo("9:13-9:26");
        });
    }

    @Test
    void aPipeIsAStepOfItsOwnBetweenRunsOfCommands() {
        Job image = job(bitbucket, "branches/main/3");

        assertThat(image.services()).containsExactly("docker");
        assertThat(image.steps()).extracting(Step::name, Step::uses, Step::kinds, s -> at(s.location())).containsExactly(
                tuple("script", "maven:3.9-eclipse-temurin-21", Set.of(IMAGE_BUILD, TAG_FROM_SHA), "31:19-31:66"),
                tuple(null, "atlassian/aws-ecr-push-image:2.4.2", Set.of(IMAGE_PUSH, REGISTRY_LOGIN, TAG_FROM_SHA), "32:19-35:44"));
    }

    @Test
    void aDeploymentStepNamesItsEnvironmentAndImage() {
        Job deploy = job(bitbucket, "branches/main/4");

        assertThat(deploy.environment()).isEqualTo("staging");
        assertThat(at(deploy.locationOf("environment"))).isEqualTo("38:11-38:30");
        assertThat(deploy.image()).isEqualTo("bitnami/kubectl:1.30");
        assertThat(deploy.steps().getFirst().commands()).extracting(Command::kinds, c -> at(c.location())).containsExactly(
                tuple(Set.of(DEPLOY), "42:15-42:55"), tuple(Set.of(SMOKE_TEST), "43:15-43:55"));
    }

    @Test
    void unknownSectionsAndStepsWithoutScriptAreProblems() {
        PipelineParse parse = parse("bitbucket-pipelines.yml", """
                pipelines:
                  nightly:
                    - step: {script: [make]}
                  default:
                    - step:
                        name: empty
                """);

        assertThat(parse.problems()).extracting(ParseProblem::message, p -> at(p.span())).containsExactly(
                tuple("'nightly' is not a pipelines section Bitbucket knows", "3:5-3:29"),
                tuple("a step needs a 'script'", "6:9-6:20"));
    }
}
