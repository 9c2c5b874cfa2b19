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
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.Trigger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JenkinsfileReaderTest {
    private final Pipeline jenkins = only("Jenkinsfile", "Jenkinsfile");

    @Test
    void triggersInputAndEnvironmentOfADeclarativePipeline() {
        assertThat(jenkins.system()).isEqualTo(CiSystem.JENKINS);
        assertThat(at(jenkins.location())).isEqualTo("1:1-54:2");
        assertThat(jenkins.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location())).containsExactly(
                tuple(Trigger.PUSH, "pollSCM", "10:9-10:31"),
                tuple(Trigger.SCHEDULE, "cron", "11:9-11:26"),
                tuple(Trigger.MANUAL, "input", "37:13-37:20"));
        assertThat(jenkins.env()).containsExactly(Map.entry("REGISTRY", "'registry.acme.example'"),
                Map.entry("KUBECONFIG_CREDS", "credentials('staging-kubeconfig')"));
        assertThat(at(jenkins.locationOf("env.KUBECONFIG_CREDS"))).isEqualTo("6:9-6:61");
    }

    @Test
    void stagesWithStepsAreJobsInOrderAndPipelinePostIsAJobOfItsOwn() {
        assertThat(jenkins.jobs()).extracting(Job::id, Job::stage, Job::needs, j -> at(j.location())).containsExactly(
                tuple("Build", "Build", List.of(), "15:9-24:10"),
                tuple("Image", "Image", List.of("Build"), "25:9-34:10"),
                tuple("Deploy", "Deploy", List.of("Image"), "35:9-46:10"),
                tuple("post", null, List.of(), "49:5-53:6"));
        assertThat(job(jenkins, "post").steps()).extracting(Step::uses, Step::kinds, s -> at(s.location()))
                .containsExactly(tuple("slackSend", Set.of(NOTIFICATION), "51:13-51:84"));
        assertThat(job(jenkins, "post").steps().getFirst().with()).containsEntry("channel", "#orders");
    }

    @Test
    void shellStepsArePlacedInsideTheirStringsAndStagePostStepsStayWithTheStage() {
        List<Step> build = job(jenkins, "Build").steps();
        assertThat(build).extracting(Step::uses, Step::kinds, s -> at(s.location())).containsExactly(
                tuple(null, Set.of(BUILD, UNIT_TEST), "17:17-17:38"),
                tuple("junit", Set.of(TEST_REPORT), "21:21-21:61"));
        assertThat(at(build.getFirst().commands().getFirst().location())).isEqualTo("17:21-17:37");
        Step deploy = job(jenkins, "Deploy").steps().getFirst();
        assertThat(deploy.commands()).extracting(Command::kinds, c -> at(c.location())).containsExactly(
                tuple(Set.of(DEPLOY), "42:21-42:61"), tuple(Set.of(SMOKE_TEST), "43:21-43:76"));
    }

    @Test
    void dockerPipelineStepsInsideScriptBlocksKeepTheirOrder() {
        assertThat(job(jenkins, "Image").steps()).extracting(Step::uses, Step::kinds, s -> at(s.location())).containsExactly(
                tuple("docker.build", Set.of(IMAGE_BUILD, TAG_FROM_SHA), "28:33-28:85"),
                tuple("docker.withRegistry", Set.of(REGISTRY_LOGIN), "29:21-29:82"),
                tuple("docker.push", Set.of(IMAGE_PUSH), "30:25-30:37"));
    }

    @Test
    void aScriptedPipelineWithNamedScriptsAndClosuresIsReadToo() {
        Pipeline scripted = parse("Jenkinsfile", """
                node {
                    stage('Test') {
                        sh script: 'go test ./...', label: 'unit tests'
                    }
                    stage('Deploy') {
                        withCredentials([file(credentialsId: 'kubeconfig', variable: 'KUBECONFIG')]) {
                            sh(script: "kubectl apply -f k8s/", returnStatus: true)
                        }
                    }
                    mail to: 'team@acme.example', subject: 'done', body: 'ok'
                }
                """).pipelines().getFirst();

        assertThat(scripted.triggers()).extracting(Trigger::raw).containsExactly(Trigger.DEFAULT);
        assertThat(scripted.jobs()).extracting(Job::id).containsExactly(Job.DEFAULT_ID, "Test", "Deploy");
        assertThat(job(scripted, "Test").steps()).extracting(Step::name, Step::run, Step::kinds)
                .containsExactly(tuple("unit tests", "go test ./...", Set.of(UNIT_TEST)));
        assertThat(job(scripted, "Deploy").steps()).extracting(Step::uses, Step::kinds)
                .containsExactly(tuple("withCredentials", Set.of()), tuple(null, Set.of(DEPLOY)));
        assertThat(job(scripted, Job.DEFAULT_ID).steps()).extracting(Step::uses, Step::kinds, s -> at(s.location()))
                .containsExactly(tuple("mail", Set.of(NOTIFICATION), "10:5-10:62"));
    }

    @Test
    void closuresInsideBracketsAreBlocksAndTheStatementAroundThemGoesOn() {
        Pipeline p = parse("Jenkinsfile", """
                pipeline {
                  stages {
                    stage('Scan') {
                      steps {
                        parallel(
                          "image": { sh 'trivy image app:1' },
                          "deps": {
                            sh 'mvn org.owasp:dependency-check-maven:check'
                          }
                        )
                        junit 'target/*.xml'
                      }
                    }
                  }
                }
                """).pipelines().getFirst();

        assertThat(job(p, "Scan").steps()).extracting(Step::kinds, s -> at(s.location())).containsExactly(
                tuple(Set.of(VULNERABILITY_SCAN), "6:22-6:44"),
                tuple(Set.of(DEPENDENCY_SCAN), "8:13-8:60"),
                tuple(Set.of(TEST_REPORT), "11:9-11:29"));
    }

    @Test
    void unbalancedBracesAndUnclosedStringsAreProblemsAndWhatCameBeforeIsKept() {
        // the string swallows the rest of its line, brace included; the next line closes 'steps'
        PipelineParse parse = parse("Jenkinsfile", """
                pipeline {
                  stages {
                    stage('Build') {
                      steps { sh 'make' }
                    }
                    stage('Broken') {
                      steps { sh 'make test }
                    }
                """);

        assertThat(parse.problems()).extracting(ParseProblem::message, p -> at(p.span())).containsExactly(
                tuple("'{' of pipeline is never closed", "1:1-1:1"),
                tuple("'{' of stages is never closed", "2:3-2:3"),
                tuple("'{' of stage('Broken') is never closed", "6:5-6:5"),
                tuple("string opened with ' is never closed", "7:18-7:18"));
        assertThat(parse.pipelines().getFirst().jobs()).extracting(Job::id).containsExactly("Build", "Broken");
        assertThat(parse("Jenkinsfile", "}\nsh 'make'\n").problems()).extracting(ParseProblem::message, p -> at(p.span()))
                .containsExactly(tuple("'}' closes no block", "1:1-1:1"));
    }
}
