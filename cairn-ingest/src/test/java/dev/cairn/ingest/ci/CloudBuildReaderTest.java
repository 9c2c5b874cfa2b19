package dev.cairn.ingest.ci;

import static dev.cairn.core.ci.StepKind.*;
import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.only;
import static dev.cairn.ingest.ci.CiFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CloudBuildReaderTest {
    private final Pipeline build = only("cloudbuild.yaml", "cloudbuild.yaml");

    @Test
    void oneJobOfBuilderStepsAndNoTriggersInTheFile() {
        assertThat(build.triggers()).isEmpty();
        assertThat(build.jobs()).extracting(Job::id, j -> at(j.location())).containsExactly(tuple(Job.DEFAULT_ID, "1:1-23:62"));
        assertThat(build.jobs().getFirst().steps()).extracting(Step::name, Step::uses, Step::run, Step::kinds, s -> at(s.location()))
                .containsExactly(
                        tuple("test", "maven:3.9-eclipse-temurin-21", "mvn -B verify", Set.of(BUILD, UNIT_TEST), "2:5-5:27"),
                        tuple("image", "gcr.io/cloud-builders/docker",
                                "docker build -t europe-docker.pkg.dev/$PROJECT_ID/apps/orders:$SHORT_SHA .",
                                Set.of(IMAGE_BUILD, TAG_FROM_SHA), "6:5-8:91"),
                        tuple("deploy", "gcr.io/cloud-builders/gke-deploy",
                                "gke-deploy run --filename=deploy/ --image=europe-docker.pkg.dev/$PROJECT_ID/apps/orders:$SHORT_SHA"
                                        + " --cluster=staging --location=europe-west1",
                                Set.of(DEPLOY, TAG_FROM_SHA), "9:5-16:32"),
                        tuple("smoke", "gcr.io/cloud-builders/curl", "curl -fsS https://orders.staging.acme.example/healthz\n",
                                Set.of(SMOKE_TEST), "17:5-23:62"),
                        tuple("images", null, null, Set.of(IMAGE_PUSH, TAG_FROM_SHA), "24:1-25:61"));
    }

    @Test
    void argumentsAreOneCommandAtTheirListAndABashScriptIsPlacedOnItsLines() {
        var steps = build.jobs().getFirst().steps();

        assertThat(steps.get(1).commands()).extracting(Command::text, c -> at(c.location())).containsExactly(
                tuple("docker build -t europe-docker.pkg.dev/$PROJECT_ID/apps/orders:$SHORT_SHA .", "8:11-8:91"));
        assertThat(steps.get(3).commands()).extracting(Command::text, c -> at(c.location())).containsExactly(
                tuple("curl -fsS https://orders.staging.acme.example/healthz", "23:9-23:62"));
    }

    @Test
    void aStepWithoutItsBuilderImageIsAProblem() {
        PipelineParse parse = parse("cloudbuild.yaml", "steps:\n  - args: [build]\n");

        assertThat(parse.problems()).extracting(ParseProblem::message, p -> at(p.span()))
                .containsExactly(tuple("a step needs 'name', the builder image", "2:5-2:18"));
    }
}
