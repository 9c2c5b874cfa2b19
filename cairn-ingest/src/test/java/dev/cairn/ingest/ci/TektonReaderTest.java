package dev.cairn.ingest.ci;

import static dev.cairn.core.ci.StepKind.*;
import static dev.cairn.ingest.ci.CiFixtures.READER;
import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.job;
import static dev.cairn.ingest.ci.CiFixtures.parse;
import static dev.cairn.ingest.ci.CiFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.manifest.FileEvidence;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TektonReaderTest {
    private static final String PATH = ".tekton/push.yaml";
    private final PipelineParse parse = parse(PATH, text("tekton-push.yaml"));

    @Test
    void everyTektonDocumentIsAPipeline() {
        assertThat(parse.problems()).isEmpty();
        assertThat(parse.pipelines()).extracting(Pipeline::system, Pipeline::name, p -> at(p.location())).containsExactly(
                tuple(CiSystem.TEKTON, "orders-on-push", "1:1-44:63"),
                tuple(CiSystem.TEKTON, "smoke", "46:1-54:70"));
    }

    @Test
    void pipelinesAsCodeAnnotationsAreTheTriggersOfARun() {
        assertThat(parse.pipelines().getFirst().triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location()))
                .containsExactly(
                        tuple(Trigger.PUSH, "push", "6:5-6:64"),
                        tuple(Trigger.PULL_REQUEST, "pull_request", "6:5-6:64"));
    }

    @Test
    void pipelineTasksAreJobsThatRunAfterOthersAndReferencedTasksDelegate() {
        Pipeline run = parse.pipelines().getFirst();

        assertThat(run.jobs()).extracting(Job::id, Job::needs, Job::uses, j -> at(j.location())).containsExactly(
                tuple("fetch", List.of(), "git-clone", "14:9-21:27"),
                tuple("test", List.of("fetch"), null, "22:9-30:30"),
                tuple("image", List.of("test"), "buildah", "31:9-37:54"),
                tuple("deploy", List.of("image"), null, "38:9-44:63"));
        assertThat(job(run, "fetch").steps().getFirst().kinds()).containsExactly(CHECKOUT);
        Step buildah = job(run, "image").steps().getFirst();
        assertThat(buildah.with()).containsExactly(Map.entry("IMAGE", "quay.io/acme/orders:{{ revision }}"));
        assertThat(buildah.kinds()).containsExactlyInAnyOrder(IMAGE_BUILD, IMAGE_PUSH, TAG_FROM_SHA);
    }

    @Test
    void containerStepsRunTheirScriptOrTheirImageWithArguments() {
        Pipeline run = parse.pipelines().getFirst();

        Step maven = job(run, "test").steps().getFirst();
        assertThat(maven).extracting(Step::name, Step::uses, Step::kinds)
                .containsExactly("maven", "maven:3.9-eclipse-temurin-21", Set.of(BUILD, UNIT_TEST));
        assertThat(maven.commands()).extracting(Command::text, c -> at(c.location()))
                .containsExactly(tuple("mvn -B verify", "30:17-30:30"));
        Step apply = job(run, "deploy").steps().getFirst();
        assertThat(apply.run()).isEqualTo("kubectl apply -k deploy/overlays/staging");
        assertThat(apply.kinds()).containsExactly(DEPLOY);
        assertThat(at(apply.commands().getFirst().location())).isEqualTo("44:21-44:63");
        Pipeline smoke = parse.pipelines().get(1);
        assertThat(smoke.jobs()).singleElement().satisfies(task -> assertThat(task.steps().getFirst().kinds()).containsExactly(SMOKE_TEST));
    }

    @Test
    void aTektonObjectDiscoveryReadAsAManifestIsReadTheSameWay() {
        String text = text("tekton-push.yaml");
        FileEvidence evidence = new ManifestReader(YamlLimits.defaults())
                .read(SourcePath.of(PATH), FileKind.MANIFEST, text.getBytes(StandardCharsets.UTF_8));
        K8sObject run = evidence.objects().getFirst();

        Pipeline withText = READER.readTekton(run, text).pipelines().getFirst();
        assertThat(withText).isEqualTo(parse.pipelines().getFirst());
        Pipeline withoutText = READER.readTekton(run, null).pipelines().getFirst();
        assertThat(withoutText.jobs()).extracting(Job::id).containsExactly("fetch", "test", "image", "deploy");
        // without the text a command cannot be placed on its line: it points at its script
        assertThat(at(job(withoutText, "test").steps().getFirst().commands().getFirst().location())).isEqualTo("28:23-31:1");
    }

    @Test
    void otherKubernetesObjectsAreNotPipelinesAndBrokenTasksAreProblems() {
        PipelineParse other = parse(".tekton/misc.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                ---
                apiVersion: tekton.dev/v1
                kind: Pipeline
                metadata: {name: p}
                spec:
                  tasks:
                    - name: nothing
                    - taskRef: {name: buildah}
                """);

        assertThat(other.pipelines()).extracting(Pipeline::name).containsExactly("p");
        assertThat(other.problems()).extracting(ParseProblem::message, p -> at(p.span()), ParseProblem::document).containsExactly(
                tuple("task 'nothing' needs 'taskRef' or 'taskSpec'", "10:7-10:20", 1),
                tuple("a pipeline task needs a 'name'", "11:7-11:31", 1));
    }
}
