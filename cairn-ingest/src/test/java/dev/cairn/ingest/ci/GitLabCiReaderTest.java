package dev.cairn.ingest.ci;

import static dev.cairn.core.ci.StepKind.*;
import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.job;
import static dev.cairn.ingest.ci.CiFixtures.only;
import static dev.cairn.ingest.ci.CiFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Include;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.Trigger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GitLabCiReaderTest {
    private final Pipeline gitlab = only("gitlab-ci.yml", ".gitlab-ci.yml");

    @Test
    void includesAreNotedAndKnownTemplatesSayWhatTheyDo() {
        assertThat(gitlab.system()).isEqualTo(CiSystem.GITLAB_CI);
        assertThat(gitlab.includes()).extracting(Include::ref, Include::kinds, i -> at(i.location())).containsExactly(
                tuple("Security/SAST.gitlab-ci.yml", Set.of(SAST), "2:5-2:42"),
                tuple("ci/review-apps.yml", Set.of(), "3:5-3:30"));
        assertThat(gitlab.has(SAST)).isTrue();
        assertThat(gitlab.evidence(SAST)).extracting(CiFixtures::at).containsExactly("2:5-2:42");
    }

    @Test
    void workflowRulesAndJobRulesAreTheTriggers() {
        assertThat(gitlab.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location())).containsExactly(
                tuple(Trigger.PULL_REQUEST, "$CI_PIPELINE_SOURCE == \"merge_request_event\"", "13:7-13:55"),
                tuple(Trigger.PUSH, "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "14:7-14:50"),
                tuple(Trigger.TAG, "$CI_COMMIT_TAG", "15:7-15:25"),
                tuple(Trigger.MANUAL, "when: manual", "72:7-73:19"),
                tuple(Trigger.PUSH, "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "72:7-73:19"));
    }

    @Test
    void jobsAreTheTopLevelKeysThatAreNeitherKeywordsNorHiddenAndWaitForEarlierStages() {
        assertThat(gitlab.jobs()).extracting(Job::id, Job::stage, Job::needs, Job::image, j -> at(j.location())).containsExactly(
                tuple("build", "build", List.of(), "maven:3.9-eclipse-temurin-21", "26:1-30:33"),
                tuple("unit-test", "test", List.of("build"), "maven:3.9-eclipse-temurin-21", "32:1-43:49"),
                tuple("container-image", "image", List.of("build"), "docker:27", "45:1-58:46"),
                tuple("deploy-staging", "deploy", List.of("build", "unit-test", "container-image"), "bitnami/kubectl:1.30", "60:1-73:19"));
        assertThat(job(gitlab, "container-image").services()).containsExactly("docker:27-dind");
        assertThat(job(gitlab, "deploy-staging").environment()).isEqualTo("staging");
        assertThat(at(job(gitlab, "deploy-staging").locationOf("environment"))).isEqualTo("63:3-65:45");
    }

    @Test
    void scriptsComeFromTheJobOrTheTemplateItExtendsAndTheScriptUsesTheJobImage() {
        Job build = job(gitlab, "build");

        assertThat(build.steps()).extracting(Step::name, Step::uses, Step::kinds, s -> at(s.location())).containsExactly(
                tuple("before_script", null, Set.of(), "21:3-22:38"),
                tuple("script", "maven:3.9-eclipse-temurin-21", Set.of(BUILD), "29:3-30:33"));
    }

    @Test
    void reportsAndCoverageArePublishingStepsInFileOrder() {
        assertThat(job(gitlab, "unit-test").steps()).extracting(Step::name, Step::kinds, s -> at(s.location())).containsExactly(
                tuple("before_script", Set.of(), "21:3-22:38"),
                tuple("script", Set.of(BUILD, UNIT_TEST), "35:3-36:20"),
                tuple("coverage", Set.of(COVERAGE), "37:3-37:38"),
                tuple("artifacts:reports", Set.of(TEST_REPORT, COVERAGE), "39:5-43:49"));
    }

    @Test
    void eachScriptItemIsPlacedOnItsOwnLineAndAFoldedItemOnItsWholeSpan() {
        Step script = job(gitlab, "container-image").steps().getFirst();

        assertThat(script.commands()).extracting(Command::kinds, c -> at(c.location())).containsExactly(
                tuple(Set.of(REGISTRY_LOGIN), "52:7-52:105"),
                tuple(Set.of(IMAGE_BUILD, TAG_FROM_SHA), "53:7-53:54"),
                tuple(Set.of(IMAGE_PUSH, TAG_FROM_SHA), "54:7-54:48"),
                tuple(Set.of(IMAGE_PUSH, TAG_FROM_SHA, TAG_FROM_SEMVER), "55:7-58:46"));
        assertThat(script.kinds()).containsExactlyInAnyOrder(REGISTRY_LOGIN, IMAGE_BUILD, IMAGE_PUSH, TAG_FROM_SHA, TAG_FROM_SEMVER);
    }

    @Test
    void aDeployScriptWithARolloutCheckShowsDeployThenSmokeTest() {
        Step script = job(gitlab, "deploy-staging").steps().getFirst();

        assertThat(script.commands()).extracting(Command::kinds, c -> at(c.location())).containsExactly(
                tuple(Set.of(DEPLOY, TAG_FROM_SHA), "67:7-67:89"),
                tuple(Set.of(SMOKE_TEST), "69:7-69:72"),
                tuple(Set.of(SMOKE_TEST), "70:7-70:68"));
    }

    @Test
    void withoutWorkflowRulesGitLabRunsOnEveryPushAndOnlyAddsTriggers() {
        Pipeline p = parse(".gitlab-ci.yml", """
                test:
                  script: [make test]
                release:
                  script: [make release]
                  only: [tags]
                nightly:
                  script: [make e2e]
                  only:
                    refs: [schedules]
                """).pipelines().getFirst();

        assertThat(p.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location())).containsExactly(
                tuple(Trigger.TAG, "tags", "5:10-5:14"),
                tuple(Trigger.SCHEDULE, "schedules", "9:12-9:21"),
                tuple(Trigger.PUSH, Trigger.DEFAULT, "1:1-9:22"));
        assertThat(p.jobs()).extracting(Job::stage).containsOnly("test");
    }

    @Test
    void shapesGitLabWouldRejectAreProblemsAndTheOtherJobsAreRead() {
        PipelineParse parse = parse(".gitlab-ci.yml", """
                lint: make lint
                test:
                  stage: test
                build:
                  extends: .from-another-file
                ok:
                  script:
                    - make
                    - {not: a command}
                """);

        assertThat(parse.problems()).extracting(ParseProblem::message, p -> at(p.span())).containsExactly(
                tuple("job 'lint' must be a mapping", "1:7-1:16"),
                tuple("job 'test' needs a 'script' (or a 'trigger')", "3:3-3:14"),
                tuple("a script line must be a string", "9:7-9:23"));
        assertThat(parse.pipelines().getFirst().jobs()).extracting(Job::id).containsExactly("test", "build", "ok");
    }
}
