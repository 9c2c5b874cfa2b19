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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AzurePipelinesReaderTest {
    private final Pipeline azure = only("azure-pipelines.yml", "azure-pipelines.yml");

    @Test
    void triggerPrAndSchedulesAreTheTriggers() {
        assertThat(azure.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location())).containsExactly(
                tuple(Trigger.PUSH, "trigger", "1:1-5:20"),
                tuple(Trigger.TAG, "trigger", "4:3-5:20"),
                tuple(Trigger.PULL_REQUEST, "pr", "7:1-9:20"),
                tuple(Trigger.SCHEDULE, "schedules", "12:5-15:22"));
        assertThat(azure.env()).containsExactly(Map.entry("imageRepository", "orders"), Map.entry("containerRegistry", "acme-acr"));
    }

    @Test
    void jobsOfStagesWaitForTheStagesTheyDependOnAndADeploymentJobNamesItsEnvironment() {
        assertThat(azure.jobs()).extracting(Job::id, Job::name, Job::stage, Job::needs, Job::environment, j -> at(j.location()))
                .containsExactly(
                        tuple("Test", "Build and test", "Build", List.of(), null, "24:9-36:48"),
                        tuple("Image", "Image", "Image", List.of("Test"), null, "41:9-51:36"),
                        tuple("DeployStaging", "Deploy to staging", "Deploy", List.of("Image"), "orders-staging", "56:9-70:48"));
        assertThat(at(job(azure, "DeployStaging").locationOf("environment"))).isEqualTo("58:9-58:36");
    }

    @Test
    void tasksAreJudgedByTheirInputsAndScriptsByTheirCommands() {
        assertThat(job(azure, "Test").steps()).extracting(Step::uses, Step::kinds, s -> at(s.location())).containsExactly(
                tuple("checkout", Set.of(CHECKOUT), "29:13-29:27"),
                tuple("Maven@4", Set.of(BUILD, UNIT_TEST), "30:13-33:28"),
                tuple("PublishTestResults@2", Set.of(TEST_REPORT), "34:13-36:48"));
        assertThat(job(azure, "Image").steps()).extracting(Step::label, Step::kinds).containsExactly(
                tuple("Build and push", Set.of(IMAGE_BUILD, IMAGE_PUSH, REGISTRY_LOGIN, TAG_FROM_SHA)),
                tuple("Scan image", Set.of(VULNERABILITY_SCAN, TAG_FROM_SHA)));
        assertThat(job(azure, "Image").steps().getFirst().with()).containsEntry("command", "buildAndPush");
    }

    @Test
    void aDeploymentJobTakesItsStepsFromTheStrategyHooks() {
        List<Step> steps = job(azure, "DeployStaging").steps();

        assertThat(steps).extracting(Step::label, Step::kinds).containsExactly(
                tuple("KubernetesManifest@1", Set.of(DEPLOY)),
                tuple("Wait for rollout", Set.of(SMOKE_TEST)));
        assertThat(steps.get(1).commands()).extracting(Command::text, c -> at(c.location())).containsExactly(
                tuple("kubectl rollout status deployment/orders -n orders --timeout=180s", "69:21-69:86"));
    }

    @Test
    void topLevelStepsAreOneJobAndWithoutTriggerAzureBuildsEveryPush() {
        Pipeline p = parse("azure-pipelines.yml", """
                pool:
                  vmImage: ubuntu-latest
                steps:
                  - script: go test ./...
                  - task: AzureCLI@2
                    inputs:
                      azureSubscription: prod
                      scriptType: bash
                      inlineScript: |
                        az aks get-credentials -g rg -n aks
                        kubectl apply -f deploy/
                  - checkout: none
                """).pipelines().getFirst();

        assertThat(p.triggers()).extracting(Trigger::event, Trigger::raw).containsExactly(tuple(Trigger.PUSH, Trigger.DEFAULT));
        assertThat(p.jobs()).extracting(Job::id).containsExactly(Job.DEFAULT_ID);
        List<Step> steps = p.jobs().getFirst().steps();
        assertThat(steps).extracting(Step::kinds).containsExactly(Set.of(UNIT_TEST), Set.of(CLOUD_AUTH, DEPLOY), Set.of());
        assertThat(steps.get(1).commands()).extracting(c -> at(c.location())).containsExactly("10:9-10:44", "11:9-11:33");
        assertThat(parse("azure-pipelines.yml", "trigger: none\npr: none\nsteps: [{script: make}]\n").pipelines().getFirst()
                .triggers()).isEmpty();
    }

    @Test
    void wrongShapesAreProblems() {
        PipelineParse parse = parse("azure-pipelines.yml", """
                stages:
                  - stage: Build
                    jobs:
                      - displayName: no id
                      - job: Ok
                        steps:
                          - frobnicate: yes
                """);

        assertThat(parse.problems()).extracting(ParseProblem::message, p -> at(p.span())).containsExactly(
                tuple("a job needs 'job', 'deployment' or 'template'", "4:9-4:27"),
                tuple("a step needs script, bash, pwsh, powershell, task, checkout, template or another step keyword", "7:13-7:28"));
    }
}
