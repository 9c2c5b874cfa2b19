package dev.cairn.ingest.ci;

import static dev.cairn.core.ci.StepKind.*;
import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.commandTexts;
import static dev.cairn.ingest.ci.CiFixtures.job;
import static dev.cairn.ingest.ci.CiFixtures.only;
import static dev.cairn.ingest.ci.CiFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.Trigger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class GitHubActionsReaderTest {
    private final Pipeline release = only("github-release.yml", ".github/workflows/release.yml");

    @Test
    void aTagPushAndAManualRunStartTheReleaseWorkflow() {
        assertThat(release.system()).isEqualTo(CiSystem.GITHUB_ACTIONS);
        assertThat(release.name()).isEqualTo("release");
        assertThat(release.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location())).containsExactly(
                tuple(Trigger.TAG, "push", "5:5-5:21"),
                tuple(Trigger.MANUAL, "workflow_dispatch", "6:3-6:21"));
        assertThat(release.permissions().scopes()).containsExactly(Map.entry("contents", "read"));
        assertThat(at(release.permissions().location())).isEqualTo("8:1-9:17");
        assertThat(release.env()).containsExactly(Map.entry("IMAGE", "europe-docker.pkg.dev/acme-prod/apps/orders"));
        assertThat(at(release.locationOf("env.IMAGE"))).isEqualTo("12:3-12:53");
    }

    @Test
    void jobsKeepTheirOrderNeedsServicesAndPermissions() {
        assertThat(release.jobs()).extracting(Job::id, Job::needs, j -> at(j.location())).containsExactly(
                tuple("test", List.of(), "15:3-32:64"),
                tuple("image", List.of("test"), "34:3-55:63"),
                tuple("deploy", List.of("image"), "57:3-63:21"),
                tuple("notify", List.of("test", "image", "deploy"), "65:3-75:58"));
        assertThat(job(release, "test").services()).containsExactly("postgres:16");
        Job image = job(release, "image");
        assertThat(image.permissions().scopes()).containsExactly(Map.entry("contents", "read"), Map.entry("id-token", "write"));
        assertThat(at(image.permissions().location())).isEqualTo("37:5-39:22");
    }

    @Test
    void stepsSayWhatTheyDoAndWhereTheyAre() {
        assertThat(job(release, "test").steps()).extracting(Step::label, Step::kinds, s -> at(s.location())).containsExactly(
                tuple("actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", Set.of(CHECKOUT), "21:9-21:72"),
                tuple("actions/setup-java@v4", Set.of(), "22:9-25:29"),
                tuple("Test", Set.of(BUILD, UNIT_TEST), "26:9-27:35"),
                tuple("Publish test results", Set.of(TEST_REPORT), "28:9-32:64"));
        Step setupJava = job(release, "test").steps().get(1);
        assertThat(setupJava.with()).containsExactly(Map.entry("distribution", "temurin"), Map.entry("java-version", "21"));
        assertThat(at(setupJava.locationOf("with.java-version"))).isEqualTo("25:11-25:29");
        assertThat(at(setupJava.locationOf("uses"))).isEqualTo("22:9-22:36");
    }

    @Test
    void aMultiLineRunBlockIsSplitIntoCommandsOnTheirOwnLines() {
        Step build = job(release, "image").steps().get(2);

        assertThat(build.name()).isEqualTo("Build and push");
        assertThat(build.commands()).extracting(Command::text, Command::kinds, c -> at(c.location())).containsExactly(
                tuple("gcloud auth configure-docker europe-docker.pkg.dev --quiet", Set.of(REGISTRY_LOGIN), "49:11-49:69"),
                tuple("docker build -t \"$IMAGE:${{ github.sha }}\" -t \"$IMAGE:${{ github.ref_name }}\" .",
                        Set.of(IMAGE_BUILD, TAG_FROM_SHA), "50:11-52:49"),
                tuple("docker push --all-tags \"$IMAGE\"", Set.of(IMAGE_PUSH), "53:11-53:42"));
        // github.ref_name is the release tag because only a tag push (or a manual run) starts this workflow
        assertThat(build.kinds()).containsExactlyInAnyOrder(REGISTRY_LOGIN, IMAGE_BUILD, IMAGE_PUSH, TAG_FROM_SHA, TAG_FROM_SEMVER);
        assertThat(job(release, "image").steps().get(4).kinds()).containsExactlyInAnyOrder(SIGNING, TAG_FROM_SEMVER);
    }

    @Test
    void aJobThatCallsAReusableWorkflowIsOneDelegatingStep() {
        Job deploy = job(release, "deploy");

        assertThat(deploy.uses()).isEqualTo("acme/platform-workflows/.github/workflows/deploy-gke.yml@v2");
        assertThat(deploy.steps()).hasSize(1);
        Step step = deploy.steps().getFirst();
        assertThat(step.uses()).isEqualTo(deploy.uses());
        assertThat(at(step.locationOf("uses"))).isEqualTo("59:5-59:70");
        assertThat(step.with()).containsExactly(Map.entry("environment", "production"), Map.entry("image-tag", "${{ github.ref_name }}"));
        assertThat(step.kinds()).containsExactlyInAnyOrder(DEPLOY, TAG_FROM_SEMVER);
    }

    @Test
    void theNotificationStepKeepsItsEnvironment() {
        Step slack = job(release, "notify").steps().getFirst();

        assertThat(slack.kinds()).containsExactly(NOTIFICATION);
        assertThat(slack.env()).containsExactly(Map.entry("SLACK_BOT_TOKEN", "${{ secrets.SLACK_BOT_TOKEN }}"));
        assertThat(at(slack.locationOf("env.SLACK_BOT_TOKEN"))).isEqualTo("75:11-75:58");
    }

    @Test
    void onComesAsAStringAListOrAMappingAndPushFiltersDecidePushOrTag() {
        assertThat(triggers("on: push\njobs: {}\n")).containsExactly(tuple(Trigger.PUSH, "push", "1:5-1:9"));
        assertThat(triggers("on: [push, pull_request, pull_request_target]\njobs: {}\n")).containsExactly(
                tuple(Trigger.PUSH, "push", "1:6-1:10"),
                tuple(Trigger.PULL_REQUEST, "pull_request", "1:12-1:24"),
                tuple(Trigger.PULL_REQUEST_TARGET, "pull_request_target", "1:26-1:45"));
        assertThat(triggers("""
                on:
                  push:
                    branches: [main]
                    tags: ['v*']
                  schedule:
                    - cron: '0 3 * * *'
                  release:
                    types: [published]
                  workflow_run:
                    workflows: [ci]
                jobs: {}
                """)).containsExactly(
                tuple(Trigger.PUSH, "push", "2:3-4:17"),
                tuple(Trigger.TAG, "push", "4:5-4:17"),
                tuple(Trigger.SCHEDULE, "schedule", "5:3-6:24"),
                tuple(Trigger.TAG, "release", "7:3-8:23"),
                tuple(Trigger.OTHER, "workflow_run", "9:3-10:20"));
    }

    private static List<Tuple> triggers(String workflow) {
        PipelineParse parse = parse(".github/workflows/w.yml", workflow);
        return parse.pipelines().getFirst().triggers().stream()
                .map(t -> tuple(t.event(), t.raw(), at(t.location()))).toList();
    }

    @Test
    void environmentIsANameOrAMappingWithAName() {
        Pipeline p = parse(".github/workflows/deploy.yml", """
                on: workflow_dispatch
                jobs:
                  staging:
                    environment: staging
                    runs-on: ubuntu-latest
                    steps: [{run: make deploy}]
                  prod:
                    environment:
                      name: production
                      url: https://acme.example
                    runs-on: ubuntu-latest
                    steps: [{run: make deploy}]
                """).pipelines().getFirst();

        assertThat(p.jobs()).extracting(Job::environment, j -> at(j.locationOf("environment"))).containsExactly(
                tuple("staging", "4:5-4:25"), tuple("production", "8:5-10:32"));
        assertThat(p.jobs().getFirst().steps().getFirst().kinds()).containsExactly(DEPLOY);
    }

    @Test
    void aTagTakenFromAnEarlierStepsOutputsCountsForTheStepThatUsesIt() {
        Pipeline p = parse(".github/workflows/image.yml", """
                on: push
                jobs:
                  image:
                    runs-on: ubuntu-latest
                    steps:
                      - id: meta
                        uses: docker/metadata-action@v5
                        with:
                          images: ghcr.io/acme/orders
                          tags: type=sha
                      - uses: docker/build-push-action@v6
                        with:
                          push: true
                          tags: ${{ steps.meta.outputs.tags }}
                """).pipelines().getFirst();

        assertThat(p.jobs().getFirst().steps()).extracting(Step::id, Step::kinds).containsExactly(
                tuple("meta", Set.of(TAG_FROM_SHA)),
                tuple(null, Set.of(IMAGE_BUILD, IMAGE_PUSH, TAG_FROM_SHA)));
    }

    @Test
    void shapesGitHubWouldRejectAreProblemsAtTheirPlaceAndTheRestIsStillRead() {
        PipelineParse parse = parse(".github/workflows/broken.yml", """
                name: broken
                permissions: maybe
                jobs:
                  lint: make lint
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - just a string
                      - name: nothing to do
                      - run: go test ./...
                """);

        assertThat(parse.problems()).extracting(ParseProblem::message, p -> at(p.span())).containsExactly(
                tuple("a workflow needs 'on' to say what starts it", "1:1-10:27"),
                tuple("'permissions' must be read-all, write-all or a mapping of scopes", "2:14-2:19"),
                tuple("job 'lint' must be a mapping", "4:9-4:18"),
                tuple("a step must be a mapping", "8:9-8:22"),
                tuple("a step needs 'uses' or 'run'", "9:9-9:28"));
        Pipeline p = parse.pipelines().getFirst();
        assertThat(p.jobs()).extracting(Job::id).containsExactly("test");
        assertThat(p.jobs().getFirst().steps()).extracting(Step::kinds)
                .containsExactly(Set.of(), Set.of(UNIT_TEST));
    }

    @Test
    void commandsOfAStepAreFoundAlsoInQuotedAndSingleLineScripts() {
        Pipeline p = parse(".github/workflows/q.yml", """
                on: push
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    steps:
                      - run: "mvn -B verify"
                      - run: >-
                          docker build
                          -t app .
                """).pipelines().getFirst();

        List<Step> steps = p.jobs().getFirst().steps();
        assertThat(steps.getFirst().commands()).extracting(Command::text, c -> at(c.location()))
                .containsExactly(tuple("mvn -B verify", "6:15-6:28"));
        // a folded scalar reads as one line the file does not have: the command points at the whole script
        assertThat(commandTexts(steps.get(1))).containsExactly("docker build -t app .");
        assertThat(at(steps.get(1).commands().getFirst().location())).isEqualTo("7:14-9:19");
        assertThat(steps.get(1).kinds()).containsExactly(IMAGE_BUILD);
    }
}
