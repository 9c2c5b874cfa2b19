package dev.cairn.core.ci;

import static dev.cairn.core.ci.StepClassifierCommandTest.kinds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What referenced building blocks do: GitHub actions with their inputs, orbs, tasks, plugins, images, steps. */
class StepClassifierUsesTest {

    static Stream<Arguments> actions() {
        return Stream.of(
                arguments("actions/checkout@v4", Map.of(), "CHECKOUT"),
                arguments("actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", Map.of("ref", "main"), "CHECKOUT"),
                arguments("docker/build-push-action@v6", Map.of("context", "."), "IMAGE_BUILD"),
                arguments("docker/build-push-action@v6", Map.of("push", "true", "tags", "ghcr.io/acme/shop:${{ github.sha }}"),
                        "IMAGE_BUILD IMAGE_PUSH TAG_FROM_SHA"),
                arguments("docker/build-push-action@v6", Map.of("push", "${{ github.event_name != 'pull_request' }}", "sbom", "true"),
                        "IMAGE_BUILD IMAGE_PUSH SBOM"),
                arguments("docker/build-push-action@v6", Map.of("push", "false", "build-args", "REVISION=${{ github.sha }}"),
                        "IMAGE_BUILD"),
                arguments("docker/login-action@v3", Map.of("registry", "ghcr.io"), "REGISTRY_LOGIN"),
                arguments("aws-actions/amazon-ecr-login@v2", Map.of(), "REGISTRY_LOGIN"),
                arguments("azure/docker-login@v2", Map.of(), "REGISTRY_LOGIN"),
                arguments("docker/metadata-action@v5", Map.of("tags", "type=sha\ntype=semver,pattern={{version}}"),
                        "TAG_FROM_SHA TAG_FROM_SEMVER"),
                arguments("docker/metadata-action@v5", Map.of("images", "ghcr.io/acme/shop"), ""),
                arguments("aquasecurity/trivy-action@0.28.0", Map.of("image-ref", "shop:1"), "VULNERABILITY_SCAN"),
                arguments("aquasecurity/trivy-action@0.28.0", Map.of("scan-type", "fs", "scanners", "vuln,secret"),
                        "VULNERABILITY_SCAN DEPENDENCY_SCAN SECRET_SCAN"),
                arguments("aquasecurity/trivy-action@0.28.0", Map.of("scan-type", "config"), "CONFIG_SCAN"),
                arguments("aquasecurity/trivy-action@0.28.0", Map.of("scan-type", "fs", "format", "cyclonedx"), "SBOM"),
                arguments("anchore/scan-action@v4", Map.of("image", "shop:1"), "VULNERABILITY_SCAN"),
                arguments("anchore/sbom-action@v0", Map.of(), "SBOM"),
                arguments("actions/dependency-review-action@v4", Map.of(), "DEPENDENCY_SCAN"),
                arguments("github/codeql-action/init@v3", Map.of("languages", "java"), "SAST"),
                arguments("github/codeql-action/analyze@v3", Map.of(), "SAST"),
                arguments("sigstore/cosign-installer@v3", Map.of(), "SIGNING"),
                arguments("kubescape/github-action@main", Map.of(), "CONFIG_SCAN"),
                arguments("ossf/scorecard-action@v2.4.0", Map.of("results_format", "sarif"), "CONFIG_SCAN"),
                arguments("gitleaks/gitleaks-action@v2", Map.of(), "SECRET_SCAN"),
                arguments("SonarSource/sonarqube-scan-action@v4", Map.of(), "STATIC_ANALYSIS"),
                arguments("golangci/golangci-lint-action@v6", Map.of(), "STATIC_ANALYSIS"),
                arguments("slackapi/slack-github-action@v1", Map.of(), "NOTIFICATION"),
                arguments("rtCamp/action-slack-notify@v2", Map.of(), "NOTIFICATION"),
                arguments("aws-actions/configure-aws-credentials@v4", Map.of("role-to-assume", "arn:aws:iam::1:role/x"), "CLOUD_AUTH"),
                arguments("google-github-actions/auth@v2", Map.of(), "CLOUD_AUTH"),
                arguments("azure/login@v2", Map.of(), "CLOUD_AUTH"),
                arguments("dorny/test-reporter@v1", Map.of(), "TEST_REPORT"),
                arguments("mikepenz/action-junit-report@v4", Map.of(), "TEST_REPORT"),
                arguments("actions/upload-artifact@v4", Map.of("path", "target/surefire-reports/"), "TEST_REPORT"),
                arguments("actions/upload-artifact@v4", Map.of("path", "dist/"), ""),
                arguments("codecov/codecov-action@v4", Map.of(), "COVERAGE"),
                arguments("azure/k8s-deploy@v5", Map.of(), "DEPLOY"),
                arguments("actions-hub/kubectl@master", Map.of("args", "apply -f deploy/"), "DEPLOY"),
                arguments("jtalk/url-health-check-action@v4", Map.of(), "SMOKE_TEST"),
                // unknown actions say what their names say; setup actions do nothing yet
                arguments("acme/notify-teams-action@v1", Map.of(), "NOTIFICATION"),
                arguments("azure/setup-kubectl@v4", Map.of(), ""),
                arguments("./.github/actions/deploy", Map.of(), ""),
                arguments("docker://aquasec/trivy:0.50.0", Map.of("args", "image shop:1"), "VULNERABILITY_SCAN"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("actions")
    void githubActions(String uses, Map<String, String> with, String expected) {
        assertThat(StepClassifier.classifyUses(CiSystem.GITHUB_ACTIONS, uses, with)).isEqualTo(kinds(expected));
    }

    static Stream<Arguments> references() {
        return Stream.of(
                arguments(CiSystem.CIRCLECI, "checkout", Map.of(), "CHECKOUT"),
                arguments(CiSystem.CIRCLECI, "aws-ecr/build_and_push_image", Map.of(), "IMAGE_BUILD IMAGE_PUSH REGISTRY_LOGIN"),
                arguments(CiSystem.CIRCLECI, "aws-ecr/build-and-push-image", Map.of(), "IMAGE_BUILD IMAGE_PUSH REGISTRY_LOGIN"),
                arguments(CiSystem.CIRCLECI, "slack/notify", Map.of(), "NOTIFICATION"),
                arguments(CiSystem.CIRCLECI, "store_test_results", Map.of(), "TEST_REPORT"),
                arguments(CiSystem.AZURE_PIPELINES, "Docker@2", Map.of("command", "buildAndPush", "containerRegistry", "acr"),
                        "IMAGE_BUILD IMAGE_PUSH REGISTRY_LOGIN"),
                arguments(CiSystem.AZURE_PIPELINES, "Docker@2", Map.of("command", "build", "tags", "$(Build.SourceVersion)"),
                        "IMAGE_BUILD TAG_FROM_SHA"),
                arguments(CiSystem.AZURE_PIPELINES, "Maven@4", Map.of("goals", "verify"), "BUILD UNIT_TEST"),
                arguments(CiSystem.AZURE_PIPELINES, "Maven@4", Map.of("goals", "clean package", "publishJUnitResults", "true",
                        "codeCoverageToolOption", "JaCoCo"), "BUILD UNIT_TEST TEST_REPORT COVERAGE"),
                arguments(CiSystem.AZURE_PIPELINES, "KubernetesManifest@1", Map.of("action", "deploy"), "DEPLOY"),
                arguments(CiSystem.AZURE_PIPELINES, "HelmDeploy@0", Map.of("command", "upgrade", "arguments", "--install"), "DEPLOY"),
                arguments(CiSystem.AZURE_PIPELINES, "Kubernetes@1", Map.of("command", "rollout", "arguments", "status deployment/shop"),
                        "SMOKE_TEST"),
                arguments(CiSystem.AZURE_PIPELINES, "PublishTestResults@2", Map.of(), "TEST_REPORT"),
                arguments(CiSystem.AZURE_PIPELINES, "PublishCodeCoverageResults@2", Map.of(), "COVERAGE"),
                arguments(CiSystem.TEKTON, "git-clone", Map.of(), "CHECKOUT"),
                arguments(CiSystem.TEKTON, "buildah", Map.of("IMAGE", "quay.io/acme/shop:$(params.revision)"),
                        "IMAGE_BUILD IMAGE_PUSH TAG_FROM_SHA"),
                arguments(CiSystem.TEKTON, "maven", Map.of("GOALS", "package"), "BUILD UNIT_TEST"),
                arguments(CiSystem.TEKTON, "trivy-scanner", Map.of("ARGS", "image"), "VULNERABILITY_SCAN"),
                arguments(CiSystem.BUILDKITE, "docker-compose#v5.0.0", Map.of("build", "app", "push", "app"), "IMAGE_BUILD IMAGE_PUSH"),
                arguments(CiSystem.BUILDKITE, "ecr#v2.9.0", Map.of("login", "true"), "REGISTRY_LOGIN"),
                arguments(CiSystem.BUILDKITE, "junit-annotate#v2.4.1", Map.of(), "TEST_REPORT"),
                arguments(CiSystem.JENKINS, "junit", Map.of(), "TEST_REPORT"),
                arguments(CiSystem.JENKINS, "slackSend", Map.of(), "NOTIFICATION"),
                arguments(CiSystem.JENKINS, "echo", Map.of(), ""),
                arguments(CiSystem.DRONE, "plugins/docker", Map.of("repo", "acme/shop", "tags", "${DRONE_COMMIT_SHA:0:8}"),
                        "IMAGE_BUILD IMAGE_PUSH REGISTRY_LOGIN TAG_FROM_SHA"),
                arguments(CiSystem.DRONE, "plugins/docker", Map.of("repo", "acme/shop", "dry_run", "true"), "IMAGE_BUILD"),
                arguments(CiSystem.WOODPECKER, "woodpeckerci/plugin-docker-buildx:5", Map.of("auto_tag", "true"),
                        "IMAGE_BUILD IMAGE_PUSH REGISTRY_LOGIN TAG_FROM_SEMVER"),
                arguments(CiSystem.DRONE, "plugins/slack", Map.of(), "NOTIFICATION"),
                arguments(CiSystem.BITBUCKET_PIPELINES, "atlassian/aws-ecr-push-image:2.4.2", Map.of(), "IMAGE_PUSH REGISTRY_LOGIN"),
                arguments(CiSystem.BITBUCKET_PIPELINES, "atlassian/kubectl-run:3.11.0", Map.of("KUBECTL_COMMAND", "apply"), "DEPLOY"),
                arguments(CiSystem.BITBUCKET_PIPELINES, "atlassian/slack-notify:2.3.0", Map.of(), "NOTIFICATION"));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("references")
    void referencesOfOtherSystems(CiSystem system, String uses, Map<String, String> with, String expected) {
        assertThat(StepClassifier.classifyUses(system, uses, with)).isEqualTo(kinds(expected));
    }

    @Test
    void referenceShapeIsGuessedWhenTheSystemIsUnknown() {
        assertThat(StepClassifier.classifyUses("docker/login-action@v3", Map.of())).containsExactly(StepKind.REGISTRY_LOGIN);
        assertThat(StepClassifier.classifyUses("PublishTestResults@2", Map.of())).containsExactly(StepKind.TEST_REPORT);
        assertThat(StepClassifier.classifyUses("junit-annotate#v2.4.1", Map.of())).containsExactly(StepKind.TEST_REPORT);
        assertThat(StepClassifier.classifyUses("plugins/slack:1", Map.of())).containsExactly(StepKind.NOTIFICATION);
    }

    @Test
    void anImageThatRunsAScriptIsJudgedByTheScriptNotByItsName() {
        assertThat(StepClassifier.classifyStep(CiSystem.GITLAB_CI, "bitnami/kubectl:1.30", Map.of(), "kubectl get pods")).isEmpty();
        assertThat(StepClassifier.classifyStep(CiSystem.GITLAB_CI, "bitnami/kubectl:1.30", Map.of(), "kubectl apply -k deploy"))
                .containsExactly(StepKind.DEPLOY);
    }

    @Test
    void gitlabTemplatesAndComponentsAreKnownByName() {
        assertThat(StepClassifier.classifyInclude("Security/SAST.gitlab-ci.yml")).containsExactly(StepKind.SAST);
        assertThat(StepClassifier.classifyInclude("Jobs/SAST-IaC.gitlab-ci.yml")).containsExactly(StepKind.CONFIG_SCAN);
        assertThat(StepClassifier.classifyInclude("$CI_SERVER_FQDN/components/secret-detection/secret-detection@1"))
                .containsExactly(StepKind.SECRET_SCAN);
        assertThat(StepClassifier.classifyInclude("Jobs/Container-Scanning.gitlab-ci.yml")).containsExactly(StepKind.VULNERABILITY_SCAN);
        assertThat(StepClassifier.classifyInclude("ci/build.yml")).isEmpty();
    }

    @Test
    void githubRefNameIsAReleaseTagOnlyWhereItTagsAnImage() {
        assertThat(StepClassifier.tagsFromRefName("docker push ghcr.io/acme/shop:${{ github.ref_name }}", Set.of(StepKind.IMAGE_PUSH)))
                .isTrue();
        assertThat(StepClassifier.tagsFromRefName("echo ${{ github.ref_name }}", Set.of())).isFalse();
    }
}
