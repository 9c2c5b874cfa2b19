package dev.cairn.core.ci;

import static dev.cairn.core.ci.StepKind.*;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What named building blocks of the other CI systems do: CircleCI orb commands and jobs, Azure Pipelines
 * tasks, Tekton catalog tasks, Buildkite plugins, Jenkins steps and GitLab include templates. Tasks that
 * wrap a CLI are turned into the command they run ({@code Maven@4} with {@code goals: verify} runs
 * {@code mvn verify}) and judged like any command.
 */
final class ReferenceRules {
    private static final Map<String, Set<StepKind>> ORBS = new HashMap<>();
    private static final Map<String, Set<StepKind>> AZURE = new HashMap<>();
    private static final Map<String, Set<StepKind>> TEKTON = new HashMap<>();
    private static final Map<String, Set<StepKind>> JENKINS = new HashMap<>();

    static {
        put(ORBS, Set.of(CHECKOUT), "checkout");
        put(ORBS, Set.of(TEST_REPORT), "store_test_results");
        put(ORBS, Set.of(IMAGE_BUILD), "docker/build", "aws-ecr/build_image", "gcp-gcr/build_image");
        put(ORBS, Set.of(IMAGE_PUSH), "docker/push", "aws-ecr/push_image", "gcp-gcr/push_image");
        put(ORBS, Set.of(IMAGE_BUILD, IMAGE_PUSH, REGISTRY_LOGIN), "docker/publish", "aws-ecr/build_and_push_image",
                "gcp-gcr/build_and_push_image");
        put(ORBS, Set.of(REGISTRY_LOGIN), "docker/check", "aws-ecr/ecr_login", "gcp-gcr/gcr_auth");
        put(ORBS, Set.of(STATIC_ANALYSIS), "docker/hadolint", "sonarcloud/scan");
        put(ORBS, Set.of(DEPLOY), "kubernetes/create_or_update_resource", "kubernetes/update_container_image",
                "helm/upgrade_helm_chart", "helm/install_helm_chart", "aws-eks/update_container_image", "gcp-gke/rollout_image");
        put(ORBS, Set.of(IMAGE_BUILD, IMAGE_PUSH, DEPLOY), "gcp-gke/publish_and_rollout_image");
        put(ORBS, Set.of(CLOUD_AUTH), "aws-cli/setup", "gcp-cli/setup", "gcp-cli/initialize", "aws-eks/update_kubeconfig_with_authenticator",
                "gcp-gke/update_kubeconfig_with_credentials");
        put(ORBS, Set.of(UNIT_TEST), "node/test", "maven/test", "gradle/test", "python/test");
        put(ORBS, Set.of(COVERAGE), "codecov/upload");
        put(ORBS, Set.of(NOTIFICATION), "slack/notify", "slack/on_hold");

        put(AZURE, Set.of(TEST_REPORT), "publishtestresults");
        put(AZURE, Set.of(COVERAGE), "publishcodecoverageresults");
        put(AZURE, Set.of(STATIC_ANALYSIS), "sonarqubeprepare", "sonarqubeanalyze", "sonarqubepublish", "sonarcloudprepare",
                "sonarcloudanalyze", "sonarcloudpublish");
        put(AZURE, Set.of(DEPLOY), "azurewebapp", "azurermwebappdeployment", "azurefunctionapp", "azurecontainerapps",
                "azurewebappcontainer");
        put(AZURE, Set.of(CLOUD_AUTH), "azurecli", "azurepowershell", "awsshellscript", "awscli");
        put(AZURE, Set.of(DEPENDENCY_SCAN), "dependency-check-build-task");
        put(AZURE, Set.of(VULNERABILITY_SCAN), "trivy");

        put(TEKTON, Set.of(CHECKOUT), "git-clone", "git-cli");
        put(TEKTON, Set.of(IMAGE_BUILD, IMAGE_PUSH), "buildah", "kaniko", "buildpacks", "buildpacks-phases", "docker-build",
                "jib-maven", "jib-gradle", "ko", "s2i", "s2i-java", "s2i-go", "s2i-nodejs", "s2i-python");
        put(TEKTON, Set.of(DEPLOY), "helm-upgrade-from-source", "helm-upgrade-from-repo");
        put(TEKTON, Set.of(DEPLOY, SMOKE_TEST), "argocd-task-sync-and-wait");
        put(TEKTON, Set.of(CLOUD_AUTH), "kubeconfig-creator");
        put(TEKTON, Set.of(BUILD), "golang-build");
        put(TEKTON, Set.of(UNIT_TEST), "golang-test");
        put(TEKTON, Set.of(STATIC_ANALYSIS), "sonarqube-scanner", "golangci-lint");
        put(TEKTON, Set.of(NOTIFICATION), "send-to-webhook-slack", "send-to-microsoft-teams", "sendmail");

        put(JENKINS, Set.of(TEST_REPORT), "junit", "xunit", "nunit", "mstest");
        put(JENKINS, Set.of(COVERAGE), "jacoco", "recordcoverage", "publishcoverage", "cobertura");
        put(JENKINS, Set.of(NOTIFICATION), "slacksend", "mail", "emailext", "office365connectorsend", "mattermostsend",
                "discordsend", "telegramsend", "googlechatnotification");
        put(JENKINS, Set.of(CHECKOUT), "checkout", "git");
        put(JENKINS, Set.of(STATIC_ANALYSIS), "withsonarqubeenv", "waitforqualitygate", "recordissues");
        put(JENKINS, Set.of(DEPENDENCY_SCAN), "dependencycheck", "dependencycheckpublisher");
        put(JENKINS, Set.of(DEPLOY), "kubernetesdeploy");
        put(JENKINS, Set.of(IMAGE_BUILD), "docker.build");
        put(JENKINS, Set.of(REGISTRY_LOGIN), "docker.withregistry");
        put(JENKINS, Set.of(IMAGE_PUSH), "docker.push");
        put(JENKINS, Set.of(CLOUD_AUTH), "withaws", "withkubeconfig", "withkubecredentials");
    }

    private ReferenceRules() {}

    /** {@code alias/command} with the alias already resolved to the orb's name ({@code aws-ecr/build-and-push-image}). */
    static Set<StepKind> orb(String ref, Map<String, String> parameters) {
        String key = ref.toLowerCase(Locale.ROOT).replace('-', '_');
        int slash = key.indexOf('/');
        if (slash > 0) key = key.substring(0, slash).replace('_', '-') + key.substring(slash);
        Set<StepKind> known = ORBS.get(key);
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        kinds.addAll(known != null ? known : NameKeywords.of(ref));
        if (kinds.contains(IMAGE_BUILD) || kinds.contains(IMAGE_PUSH) || kinds.contains(DEPLOY)) {
            kinds.addAll(TagSources.of(parameters.getOrDefault("tag", "") + "\n" + parameters.getOrDefault("image-tag", ""), kinds));
        }
        return kinds;
    }

    /** An Azure Pipelines task ({@code Docker@2}) with its inputs. */
    static Set<StepKind> azureTask(String task, Map<String, String> inputs) {
        String name = task.toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at >= 0) name = name.substring(0, at);
        Map<String, String> in = lowerKeys(inputs);
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        switch (name) {
            case "docker" -> kinds.addAll(dockerTask(in));
            case "kubernetesmanifest" -> {
                if (!in.getOrDefault("action", "deploy").equalsIgnoreCase("bake")) kinds.add(DEPLOY);
            }
            case "kubernetes" -> kinds.addAll(StepClassifier.classifyCommand("kubectl " + in.getOrDefault("command", "")
                    + " " + in.getOrDefault("arguments", "")));
            case "helmdeploy" -> kinds.addAll(StepClassifier.classifyCommand("helm " + in.getOrDefault("command", "")
                    + " " + in.getOrDefault("arguments", "")));
            case "maven" -> kinds.addAll(StepClassifier.classifyCommand("mvn " + in.getOrDefault("goals", "package")
                    + " " + in.getOrDefault("options", "")));
            case "gradle" -> kinds.addAll(StepClassifier.classifyCommand("gradle " + in.getOrDefault("tasks", "build")
                    + " " + in.getOrDefault("options", "")));
            case "dotnetcorecli" -> kinds.addAll(StepClassifier.classifyCommand("dotnet " + in.getOrDefault("command", "build")
                    + " " + in.getOrDefault("arguments", "")));
            case "npm" -> kinds.addAll(StepClassifier.classifyCommand("npm " + (in.getOrDefault("command", "install").equals("custom")
                    ? in.getOrDefault("customcommand", "") : in.getOrDefault("command", "install"))));
            case "go" -> kinds.addAll(StepClassifier.classifyCommand("go " + in.getOrDefault("command", "") + " "
                    + in.getOrDefault("arguments", "")));
            default -> {
                Set<StepKind> known = AZURE.get(name);
                kinds.addAll(known != null ? known : NameKeywords.of(name));
            }
        }
        // Maven and Gradle tasks publish test results and coverage when asked to
        if ("true".equalsIgnoreCase(in.get("publishjunitresults"))) kinds.add(TEST_REPORT);
        String coverage = in.getOrDefault("codecoveragetooloption", in.getOrDefault("codecoveragetool", "none"));
        if (!coverage.isBlank() && !coverage.equalsIgnoreCase("none")) kinds.add(COVERAGE);
        kinds.addAll(TagSources.of(in.getOrDefault("tags", ""), kinds));
        return kinds;
    }

    private static Set<StepKind> dockerTask(Map<String, String> in) {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        String command = in.getOrDefault("command", "buildAndPush").toLowerCase(Locale.ROOT);
        switch (command) {
            case "build" -> kinds.add(IMAGE_BUILD);
            case "push" -> kinds.add(IMAGE_PUSH);
            case "buildandpush" -> kinds.addAll(Set.of(IMAGE_BUILD, IMAGE_PUSH));
            case "login" -> kinds.add(REGISTRY_LOGIN);
            default -> { }
        }
        if (in.containsKey("containerregistry") && kinds.contains(IMAGE_PUSH)) kinds.add(REGISTRY_LOGIN);
        return kinds;
    }

    /** A Tekton task by name (catalog, hub or bundle reference) with its params. */
    static Set<StepKind> tektonTask(String name, Map<String, String> params) {
        String n = name.toLowerCase(Locale.ROOT);
        int slash = n.lastIndexOf('/');
        if (slash >= 0) n = n.substring(slash + 1);
        int colon = n.indexOf(':');
        if (colon > 0) n = n.substring(0, colon);
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        switch (n) {
            case "maven" -> kinds.addAll(StepClassifier.classifyCommand("mvn " + params.getOrDefault("GOALS", "package")));
            case "gradle" -> kinds.addAll(StepClassifier.classifyCommand("gradle " + params.getOrDefault("TASKS", "build")));
            case "trivy-scanner" -> kinds.addAll(StepClassifier.classifyCommand("trivy " + params.getOrDefault("ARGS", "image")
                    + " " + params.getOrDefault("IMAGE_PATH", "")));
            case "kubernetes-actions", "openshift-client" -> kinds.addAll(StepClassifier.classifyCommand(params.getOrDefault("script",
                    params.getOrDefault("SCRIPT", ""))));
            default -> {
                Set<StepKind> known = TEKTON.get(n);
                kinds.addAll(known != null ? known : NameKeywords.of(n));
            }
        }
        String image = params.getOrDefault("IMAGE", params.getOrDefault("image", ""));
        kinds.addAll(TagSources.of(image, Set.of(IMAGE_BUILD)));
        return kinds;
    }

    /** A Buildkite plugin ({@code docker-compose#v5.0.0}, {@code github.com/org/x-buildkite-plugin#v1}) with its config. */
    static Set<StepKind> buildkitePlugin(String ref, Map<String, String> config) {
        String name = ref.toLowerCase(Locale.ROOT);
        int hash = name.indexOf('#');
        if (hash >= 0) name = name.substring(0, hash);
        name = name.substring(name.lastIndexOf('/') + 1).replace("-buildkite-plugin", "");
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        switch (name) {
            case "docker-compose" -> {
                if (config.containsKey("build")) kinds.add(IMAGE_BUILD);
                if (config.containsKey("push")) kinds.add(IMAGE_PUSH);
            }
            case "ecr" -> kinds.add(REGISTRY_LOGIN);
            case "aws-assume-role-with-web-identity", "aws-assume-role" -> kinds.add(CLOUD_AUTH);
            case "junit-annotate", "test-collector" -> kinds.add(TEST_REPORT);
            case "docker" -> { }
            default -> kinds.addAll(NameKeywords.of(name));
        }
        if (kinds.contains(IMAGE_BUILD) || kinds.contains(IMAGE_PUSH)) {
            kinds.addAll(TagSources.of(String.join("\n", config.values()), kinds));
        }
        return kinds;
    }

    /** A Jenkins pipeline step by name ({@code junit}, {@code slackSend}, {@code docker.build}). */
    static Set<StepKind> jenkinsStep(String name) {
        Set<StepKind> known = JENKINS.get(name.toLowerCase(Locale.ROOT));
        return known != null ? known : Set.of();
    }

    /** A GitLab {@code include}: templates and CI/CD components are known by name, other files not at all. */
    static Set<StepKind> gitlabInclude(String ref) {
        String r = ref.toLowerCase(Locale.ROOT);
        if (r.contains("auto-devops")) {
            return Set.of(BUILD, UNIT_TEST, IMAGE_BUILD, IMAGE_PUSH, DEPLOY, SAST, DEPENDENCY_SCAN, SECRET_SCAN,
                    VULNERABILITY_SCAN, STATIC_ANALYSIS);
        }
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        if (r.contains("sast-iac")) kinds.add(CONFIG_SCAN);
        else if (r.contains("sast")) kinds.add(SAST);
        if (r.contains("secret-detection")) kinds.add(SECRET_SCAN);
        if (r.contains("dependency-scanning")) kinds.add(DEPENDENCY_SCAN);
        if (r.contains("container-scanning")) kinds.add(VULNERABILITY_SCAN);
        if (r.contains("code-quality")) kinds.add(STATIC_ANALYSIS);
        if (r.contains("jobs/build")) kinds.addAll(Set.of(IMAGE_BUILD, IMAGE_PUSH));
        if (r.contains("jobs/test")) kinds.add(UNIT_TEST);
        if (r.contains("jobs/deploy")) kinds.add(DEPLOY);
        return kinds;
    }

    private static Map<String, String> lowerKeys(Map<String, String> map) {
        Map<String, String> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }

    private static void put(Map<String, Set<StepKind>> table, Set<StepKind> kinds, String... names) {
        for (String n : names) table.put(n, kinds);
    }
}
