package dev.cairn.maturity.criteria.technology;

import static dev.cairn.maturity.criteria.technology.Pipelines.run;
import static dev.cairn.maturity.criteria.technology.Pipelines.uses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.ci.Permissions;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.CheckOutcomes;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CI-based Technology evaluators on pipelines built by hand and classified by the real step classifier;
 * the criteria fixtures cover them end to end once the scanner reads pipelines.
 */
class CiEvaluatorsTest {
    private static final String SHA = "8e5e7e5ab7f4a5c5e1b0b0f2d3e4c5b6a7980123";
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: orders, namespace: shop }
            spec:
              template:
                spec:
                  containers:
                    - name: orders
                      image: ghcr.io/acme/orders:main
            """;

    @Test
    void imagesBuiltInCiAreMetAndNowhereIsNotMet() {
        Pipeline ci = Pipelines.workflow().job("image", run("docker build -t ghcr.io/acme/orders:1.0.0 .")).build("push");

        Observation built = new CiImageBuildEvaluator().observe(Pipelines.evidence(ci));
        Observation none = new CiImageBuildEvaluator().observe(Pipelines.evidence());

        assertThat(built.outcome()).isEqualTo(Outcome.MET);
        assertThat(built.summary()).isEqualTo("CI builds the images: .github/workflows/ci.yml (job image)");
        assertThat(lines(built)).containsExactly(".github/workflows/ci.yml:3");
        assertThat(none.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(none.summary()).startsWith("no CI pipeline found");
    }

    @Test
    void pushWithoutManifestsIsPartialAndWithPullingWorkloadsMet() {
        Pipeline ci = Pipelines.workflow().job("image",
                uses("docker/login-action@" + SHA, Map.of("registry", "ghcr.io")),
                run("docker push ghcr.io/acme/orders:1.0.0")).build("push");

        Observation alone = new RegistryPushEvaluator().observe(Pipelines.evidence(ci));
        Observation pulled = new RegistryPushEvaluator().observe(withManifests(DEPLOYMENT, ci));

        assertThat(alone.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(alone.summary()).contains("no manifests show the cluster pulling them");
        assertThat(pulled.outcome()).isEqualTo(Outcome.MET);
        assertThat(pulled.summary()).endsWith("and the workloads pull them from ghcr.io");
    }

    @Test
    void tagsFromTheCommitMakeAMutableLookingManifestTagTraceable() {
        Pipeline ci = Pipelines.workflow().job("image", run("docker build -t ghcr.io/acme/orders:${{ github.sha }} .")).build("push");

        Observation traced = new TraceableImageTagsEvaluator().observe(withManifests(DEPLOYMENT, ci));
        Observation untraced = new TraceableImageTagsEvaluator().observe(withManifests(DEPLOYMENT));

        assertThat(traced.outcome()).isEqualTo(Outcome.MET);
        assertThat(traced.summary()).contains("image tagged from the commit SHA");
        assertThat(untraced.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(untraced.summary()).contains("ghcr.io/acme/orders:main");
    }

    @Test
    void hardenedWorkflowIsMet() {
        Pipeline ci = Pipelines.workflow().permissions(Map.of("contents", "read"))
                .job("build", uses("actions/checkout@v4", Map.of()), uses("docker/build-push-action@" + SHA, Map.of("push", "true")))
                .build("push");

        Observation o = new HardenedPipelineEvaluator().observe(Pipelines.evidence(ci));

        assertThat(o.outcome()).isEqualTo(Outcome.MET);
        assertThat(o.summary()).isEqualTo("1 workflow with least-privilege tokens, pinned third-party actions, no stored cloud"
                + " keys and no dangerous triggers");
    }

    @Test
    void oneMissingPracticeIsPartialTwoAreNotMet() {
        Pipeline unpinned = Pipelines.workflow().permissions(Map.of("contents", "read"))
                .job("build", uses("docker/build-push-action@v6", Map.of("push", "true"))).build("push");
        Pipeline unpinnedAndOpen = Pipelines.workflow()
                .job("build", uses("docker/build-push-action@v6", Map.of("push", "true"))).build("push");

        Observation partial = new HardenedPipelineEvaluator().observe(Pipelines.evidence(unpinned));
        Observation notMet = new HardenedPipelineEvaluator().observe(Pipelines.evidence(unpinnedAndOpen));

        assertThat(partial.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(partial.summary()).isEqualTo("the workflows lack pinned actions (1 third-party action not pinned to a SHA,"
                + " e.g. docker/build-push-action@v6)");
        assertThat(lines(partial)).containsExactly(".github/workflows/ci.yml:3", ".github/workflows/ci.yml:1");
        assertThat(notMet.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(notMet.summary()).startsWith("the workflows lack least-privilege tokens");
    }

    @Test
    void jobLevelPermissionsEverywhereCountAsLeastPrivilege() {
        Permissions read = new Permissions(null, Map.of("contents", "read"), null);
        Pipeline ci = Pipelines.workflow().job("build", List.of(), read, run("make build")).build("push");

        assertThat(new HardenedPipelineEvaluator().observe(Pipelines.evidence(ci)).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void checkingOutPullRequestCodeUnderPullRequestTargetIsNotMet() {
        Pipeline ci = Pipelines.workflow().permissions(Map.of("contents", "read"))
                .job("test", uses("actions/checkout@" + SHA, Map.of("ref", "${{ github.event.pull_request.head.sha }}")),
                        run("make test"))
                .build("pull_request_target");

        Observation o = new HardenedPipelineEvaluator().observe(Pipelines.evidence(ci));

        assertThat(o.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(o.summary()).startsWith("a privileged workflow runs pull request code: pull_request_target checks out");
    }

    @Test
    void smokeTestAfterTheDeployInTheSameJobOrANeedingJob() {
        Pipeline sameJob = Pipelines.workflow().job("deploy", run("kubectl apply -k deploy/overlays/staging\n"
                + "kubectl rollout status deployment/orders -n shop --timeout=120s")).build("push");
        Pipeline laterJob = Pipelines.workflow()
                .job("deploy", run("kubectl apply -k deploy/overlays/staging"))
                .job("smoke", List.of("deploy"), null, run("curl -fsS https://staging.acme.io/healthz"))
                .build("push");
        Pipeline noDeploy = Pipelines.workflow().job("smoke", run("kubectl rollout status deployment/orders")).build("push");

        Observation same = new PostDeploySmokeTestEvaluator().observe(Pipelines.evidence(sameJob));
        Observation later = new PostDeploySmokeTestEvaluator().observe(Pipelines.evidence(laterJob));
        Observation alone = new PostDeploySmokeTestEvaluator().observe(Pipelines.evidence(noDeploy));

        assertThat(same.outcome()).isEqualTo(Outcome.MET);
        assertThat(lines(same)).containsExactly(".github/workflows/ci.yml:4");
        assertThat(later.outcome()).isEqualTo(Outcome.MET);
        assertThat(later.summary()).isEqualTo("a smoke test runs after the deployment in .github/workflows/ci.yml (job smoke)");
        assertThat(alone.outcome()).isEqualTo(Outcome.PARTIAL);
    }

    private static List<String> lines(Observation o) {
        return o.evidence().stream().filter(e -> e.location() != null && e.location().span() != null)
                .map(e -> e.location().path().value() + ":" + e.location().span().startLine()).toList();
    }

    private static AssessmentEvidence withManifests(String yaml, Pipeline... pipelines) {
        List<ObjectFacts> facts = new ManifestReader(YamlLimits.defaults())
                .read(SourcePath.of("k8s/deployment.yaml"), FileKind.MANIFEST, yaml.getBytes(StandardCharsets.UTF_8))
                .objects().stream().map(ObjectFacts::of).toList();
        return new AssessmentEvidence(RepositoryFiles.empty(), List.of(pipelines), new ManifestFacts(facts),
                new ObjectIndex(List.of()), CheckOutcomes.none(), null, List.of(), KpiConfig.NONE, LocalDate.of(2026, 11, 23));
    }
}
