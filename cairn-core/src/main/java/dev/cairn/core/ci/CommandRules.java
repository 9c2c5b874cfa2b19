package dev.cairn.core.ci;

import static dev.cairn.core.ci.StepKind.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table that says what a simple shell command does. A rule names a tool as a word of its own (with an
 * optional path, {@code ./mvnw}, or as a container image, {@code aquasec/trivy:0.50}) and usually a verb or goal
 * somewhere after it; every rule that matches adds its kinds. Tools whose verbs need parsing are in
 * {@link CliVerbs}.
 */
final class CommandRules {
    /**
     * A tool starts the text or follows a separator or a slash (a path or registry prefix: {@code ./mvnw},
     * {@code ghcr.io/x/cairn}). A lookbehind, not a prefix pattern, so that no position is scanned twice.
     */
    private static final String BEFORE = "(?<![^\\s;&|(`'\"=/])";
    /** ... and ends the word, optionally with an image tag or digest. */
    private static final String AFTER = "(?:\\.exe|\\.cmd|\\.sh|\\.bat)?(?:[:@][^\\s;&|)`'\"]*)?(?=$|[\\s;&|)`'\"])";
    private static final String END = "(?=$|[\\s;&|)`'\"])";
    private static final String MVN = "mvnw?";
    private static final String GRADLE = "gradlew?";

    /**
     * @param needles the rule can only match text that contains one of these (the tool names): a cheap test
     *                that spares most rules their regular expression
     */
    private record Rule(Set<StepKind> kinds, List<String> needles, Pattern pattern, Pattern unless) {
        boolean matches(String command) {
            int from = needles.isEmpty() ? 0 : firstIndexOf(command);
            if (from < 0) return false;
            // Start where a tool name first occurs; the lookbehind still sees the character before it.
            Matcher m = pattern.matcher(command).region(from, command.length()).useTransparentBounds(true).useAnchoringBounds(false);
            return (from == 0 ? pattern.matcher(command).find() : m.find())
                    && (unless == null || !unless.matcher(command).find());
        }

        private int firstIndexOf(String command) {
            int first = -1;
            for (String needle : needles) {
                int at = command.indexOf(needle);
                if (at >= 0 && (first < 0 || at < first)) first = at;
            }
            return first;
        }
    }

    /** A tool's regular expression and the plain names it can match. */
    private record Tool(String regex, List<String> names) {}

    private static final List<Rule> RULES = new ArrayList<>();
    private static final Pattern REGISTRY_AUTH_FILE = Pattern.compile(">\\s*\\S*\\.docker/config\\.json");

    static {
        // Build
        on(Set.of(BUILD), tool(MVN), then("package|verify|install|compile|deploy"));
        on(Set.of(BUILD), tool(GRADLE), then("build|assemble|bootJar|jar|shadowJar|installDist|classes|\\S*:build"));
        on(Set.of(BUILD), tool("go"), then("build"));
        on(Set.of(BUILD), tool("npm"), "\\s+(?:ci|install\\s+--frozen-lockfile)" + END);
        on(Set.of(BUILD), tool("npm|yarn|pnpm|bun"), then("build(?::\\S+)?"));
        on(Set.of(BUILD), tool("dotnet"), then("build|publish|pack"));
        on(Set.of(BUILD), tool("cargo"), then("build"));
        on(Set.of(BUILD), tool("bazel|bazelisk"), then("build"));
        on(Set.of(BUILD), tool("sbt"), then("compile|package|assembly"));
        on(Set.of(BUILD), tool("python3?|poetry|hatch"), then("build"));
        on(Set.of(BUILD), tool("msbuild|goreleaser"), "");
        // Unit tests; Maven and Gradle run them in every lifecycle phase from test on unless told not to
        unless(Set.of(UNIT_TEST), tool(MVN), then("test|verify|package|install|deploy|\\S*surefire\\S*:test"),
                "-DskipTests(?:=true)?(?=\\s|$)|-Dmaven\\.test\\.skip(?:=true)?(?=\\s|$)|-DskipUTs");
        unless(Set.of(UNIT_TEST), tool(GRADLE), then("test|check|build|\\S*:test|\\S*:check"), "(?:-x|--exclude-task)\\s+test\\b");
        on(Set.of(UNIT_TEST), tool("go"), then("test"));
        on(Set.of(UNIT_TEST), tool("pytest|py\\.test|tox|nox|jest|vitest|mocha|karma|ava|rspec|phpunit|ctest|gotestsum"), "");
        on(Set.of(UNIT_TEST), tool("python3?"), "\\s+-m\\s+(?:pytest|unittest)" + END);
        on(Set.of(UNIT_TEST), tool("npm"), "\\s+(?:t|test|run\\s+test(?::\\S+)?)" + END);
        on(Set.of(UNIT_TEST), tool("yarn|pnpm|bun"), then("test(?::\\S+)?"));
        on(Set.of(UNIT_TEST), tool("cargo"), then("test|nextest"));
        on(Set.of(UNIT_TEST), tool("dotnet|sbt|bazel|bazelisk|mix"), then("test"));
        // Static analysis
        on(Set.of(STATIC_ANALYSIS), tool("sonar-scanner|sonar-scanner-debug|spotbugs|checkstyle|golangci-lint|staticcheck|revive|golint"
                + "|eslint|tslint|stylelint|ruff|flake8|pylint|mypy|pyright|hadolint|shellcheck|rubocop|ktlint|detekt|tflint|yamllint"
                + "|markdownlint|actionlint|cppcheck|clang-tidy|swiftlint|phpstan|psalm|spectral"), "");
        on(Set.of(STATIC_ANALYSIS), tool(MVN), then("\\S*(?:sonar|spotbugs|checkstyle|pmd)\\S*:\\S+"));
        on(Set.of(STATIC_ANALYSIS), tool(GRADLE), then("sonar|sonarqube|spotbugs\\w*|checkstyle\\w*|pmd\\w*|detekt|ktlintCheck|lint"));
        on(Set.of(STATIC_ANALYSIS), tool("go"), then("vet"));
        on(Set.of(STATIC_ANALYSIS), tool("npm|yarn|pnpm|bun"), then("lint(?::\\S+)?"));
        on(Set.of(STATIC_ANALYSIS), tool("cargo"), then("clippy"));
        on(Set.of(STATIC_ANALYSIS), tool("pmd"), then("check|cpd"));
        on(Set.of(STATIC_ANALYSIS), tool("pre-commit"), then("run"));
        // Container images
        on(Set.of(IMAGE_BUILD), tool("docker|podman|nerdctl|docker-compose|img|buildctl"), then("build|bake"));
        on(Set.of(IMAGE_PUSH), tool("docker"), then("build|bake") + ".*(?:\\s--push(?:=true)?(?=\\s|$)|type=registry|push=true)");
        on(Set.of(IMAGE_BUILD), tool("buildah"), then("bud|build"));
        on(Set.of(IMAGE_PUSH), tool("docker|podman|buildah|nerdctl|docker-compose"), then("push"));
        unless(Set.of(IMAGE_BUILD, IMAGE_PUSH), tool("executor"), then("--context(?:=\\S*)?|--dockerfile(?:=\\S*)?|--destination(?:=\\S*)?"), "--no-push");
        on(Set.of(IMAGE_BUILD), tool("executor"), then("--no-push"));
        on(Set.of(IMAGE_BUILD, IMAGE_PUSH), tool(MVN), then("\\S*jib\\S*:build"));
        on(Set.of(IMAGE_BUILD), tool(MVN), then("\\S*jib\\S*:(?:dockerBuild|buildTar)"));
        on(Set.of(IMAGE_BUILD, IMAGE_PUSH), tool(GRADLE), then("jib|\\S*:jib"));
        on(Set.of(IMAGE_BUILD), tool(GRADLE), then("jibDockerBuild|jibBuildTar"));
        unless(Set.of(IMAGE_BUILD, IMAGE_PUSH), tool("ko"), then("build|publish|resolve|apply|create"), "--push=false|\\s-L(?=\\s|$)|--local");
        on(Set.of(IMAGE_BUILD), tool("ko"), then("build|publish|resolve") + ".*(?:--push=false|\\s-L(?=\\s|$)|--local)");
        on(Set.of(DEPLOY), tool("ko"), then("apply|create"));
        on(Set.of(IMAGE_BUILD), tool("pack|s2i"), then("build"));
        on(Set.of(IMAGE_PUSH), tool("pack"), then("build") + ".*\\s--publish" + END);
        on(Set.of(IMAGE_BUILD), tool(MVN), then("\\S*spring-boot\\S*:build-image(?:-no-fork)?"));
        on(Set.of(IMAGE_PUSH), tool(MVN), ".*-Dspring-boot\\.build-image\\.publish=true");
        on(Set.of(IMAGE_BUILD), tool(GRADLE), then("bootBuildImage|\\S*:bootBuildImage"));
        on(Set.of(IMAGE_PUSH), tool(GRADLE), then("bootBuildImage|\\S*:bootBuildImage") + ".*--publishImage");
        on(Set.of(IMAGE_BUILD), "-Dquarkus\\.container-image\\.build=true");
        on(Set.of(IMAGE_PUSH), "-Dquarkus\\.container-image\\.push=true");
        on(Set.of(IMAGE_BUILD, IMAGE_PUSH), tool("gcloud"), "(?:\\s+\\S+)*?\\s+builds\\s+submit\\b.*\\s(?:--tag|-t)(?:[=\\s])");
        on(Set.of(IMAGE_BUILD, IMAGE_PUSH), tool("az"), "\\s+acr\\s+build" + END);
        unless(Set.of(IMAGE_BUILD, IMAGE_PUSH), tool("skaffold"), then("build"), "--push=false");
        on(Set.of(IMAGE_PUSH), tool("crane"), then("push|copy|cp"));
        on(Set.of(IMAGE_PUSH), tool("skopeo"), then("copy"));
        // Registry login
        on(Set.of(REGISTRY_LOGIN), tool("docker|podman|buildah|skopeo|nerdctl|oras"), then("login"));
        on(Set.of(REGISTRY_LOGIN), tool("crane"), "\\s+auth\\s+login" + END);
        on(Set.of(REGISTRY_LOGIN), tool("aws"), then("get-login-password|get-login"));
        on(Set.of(REGISTRY_LOGIN), tool("gcloud"), "(?:\\s+\\S+)*?\\s+auth\\s+configure-docker" + END);
        on(Set.of(REGISTRY_LOGIN), tool("docker-credential-gcr"), then("configure-docker"));
        on(Set.of(REGISTRY_LOGIN), tool("az"), "\\s+acr\\s+login" + END);
        // Scanners
        on(Set.of(VULNERABILITY_SCAN), tool("grype"), "");
        on(Set.of(DEPENDENCY_SCAN), tool("grype"), ".*\\s(?:dir:|file:|sbom:|\\.(?=\\s|$))");
        on(Set.of(VULNERABILITY_SCAN), tool("snyk"), "\\s+container" + END);
        on(Set.of(CONFIG_SCAN), tool("snyk"), "\\s+iac" + END);
        on(Set.of(SAST), tool("snyk"), "\\s+code" + END);
        unless(Set.of(DEPENDENCY_SCAN), tool("snyk"), then("test|monitor"), "\\s(?:container|iac|code)\\s");
        on(Set.of(VULNERABILITY_SCAN), tool("docker"), "\\s+scout\\s+(?:cves|quickview|recommendations|compare)" + END);
        on(Set.of(SBOM), tool("docker"), "\\s+(?:scout\\s+)?sbom" + END);
        on(Set.of(DEPENDENCY_SCAN), tool("osv-scanner|pip-audit|safety|govulncheck|nancy|retire|audit-ci|bundler-audit"
                + "|dependency-check|dependency-check\\.sh"), "");
        on(Set.of(DEPENDENCY_SCAN), tool("npm|yarn|pnpm|composer"), then("audit"));
        on(Set.of(DEPENDENCY_SCAN), tool("cargo|bundle"), then("audit|deny"));
        on(Set.of(DEPENDENCY_SCAN), tool(MVN), then("\\S*dependency-check\\S*:\\S+"));
        on(Set.of(DEPENDENCY_SCAN), tool(GRADLE), then("dependencyCheck\\w*"));
        on(Set.of(DEPENDENCY_SCAN), tool("dotnet"), "\\s+list\\s+(?:\\S+\\s+)?package\\s+.*--vulnerable");
        on(Set.of(CONFIG_SCAN), tool("kubescape|kube-linter|checkov|kube-score|kics|terrascan|tfsec|kube-bench"), "");
        on(Set.of(CONFIG_SCAN), tool("conftest"), then("test|verify"));
        on(Set.of(CONFIG_SCAN), tool("polaris"), then("audit"));
        on(Set.of(CONFIG_SCAN), tool("datree"), then("test"));
        on(Set.of(CONFIG_SCAN), tool("kyverno"), then("apply|test"));
        on(Set.of(CONFIG_SCAN), tool("cairn"), then("scan|assess"));
        on(Set.of(SECRET_SCAN), tool("gitleaks|trufflehog|detect-secrets|detect-secrets-hook|talisman|noseyparker"), "");
        on(Set.of(SECRET_SCAN), tool("ggshield"), "\\s+secret\\s+scan" + END);
        on(Set.of(SECRET_SCAN), tool("git-secrets"), then("--scan(?:-history)?"));
        on(Set.of(SECRET_SCAN), tool("git"), "\\s+secrets\\s+--scan");
        on(Set.of(SAST), tool("semgrep|bandit|gosec|brakeman|njsscan|horusec|flawfinder"), "");
        on(Set.of(SAST), tool("codeql"), then("analyze"));
        on(Set.of(SAST), "(?i)find-?sec-?bugs");
        on(Set.of(SBOM), tool("syft|cdxgen|cyclonedx|cyclonedx-npm|cyclonedx-py|cyclonedx-bom|cyclonedx-gomod|cyclonedx-dotnet"
                + "|spdx-sbom-generator"), "");
        on(Set.of(SBOM), tool(MVN), then("\\S*cyclonedx\\S*:\\S+"));
        on(Set.of(SBOM), tool(GRADLE), then("cyclonedxBom|\\S*:cyclonedxBom"));
        on(Set.of(SBOM), tool("docker"), then("build|bake") + ".*(?:--sbom(?!=false)|--attest[=\\s]type=sbom)");
        on(Set.of(SBOM), tool("sbom-tool|bom"), then("generate"));
        on(Set.of(SIGNING), tool("cosign"), then("sign|sign-blob|attest|attest-blob"));
        on(Set.of(SIGNING), tool("notation"), then("sign"));
        on(Set.of(SIGNING), tool("docker"), "\\s+trust\\s+sign" + END);
        on(Set.of(SIGNING), tool("gpg2?"), then("--detach-sign|--detach-sig|--clearsign|--sign"));
        on(Set.of(SIGNING), tool("jarsigner"), "");
        // Deployment (kubectl, oc and helm are in CliVerbs)
        on(Set.of(DEPLOY), tool("helmfile"), then("apply|sync|deploy"));
        on(Set.of(IMAGE_BUILD, DEPLOY), tool("skaffold"), then("run"));
        on(Set.of(DEPLOY), tool("skaffold"), then("deploy|apply"));
        on(Set.of(DEPLOY), tool("argocd"), "\\s+app\\s+(?:sync|set)" + END);
        on(Set.of(SMOKE_TEST), tool("argocd"), "\\s+app\\s+wait" + END);
        on(Set.of(DEPLOY), tool("flux"), then("reconcile"));
        on(Set.of(DEPLOY), tool("kapp"), then("deploy"));
        on(Set.of(DEPLOY), tool("kpt"), "\\s+live\\s+apply" + END);
        on(Set.of(DEPLOY), tool("gke-deploy"), then("run|apply"));
        on(Set.of(DEPLOY), tool("gcloud"), "(?:\\s+\\S+)*?\\s+(?:run\\s+deploy|app\\s+deploy|functions\\s+deploy|deploy\\s+releases\\s+create)" + END);
        on(Set.of(DEPLOY), tool("az"), "\\s+(?:webapp\\s+deploy|webapp\\s+up|containerapp\\s+(?:update|up))" + END);
        on(Set.of(DEPLOY), tool("aws"), "(?:\\s+\\S+)*?\\s+ecs\\s+update-service" + END);
        on(Set.of(DEPLOY), tool("docker"), "\\s+stack\\s+deploy" + END);
        // Smoke tests (kubectl rollout status and wait, helm test are in CliVerbs)
        on(Set.of(SMOKE_TEST), tool("curl|wget|http|https|httpie"), ".*(?i:health|ready|readyz|livez|actuator|smoke|/ping\\b)");
        on(Set.of(SMOKE_TEST), tool("newman"), then("run"));
        on(Set.of(SMOKE_TEST), tool("k6"), then("run") + ".*(?i:smoke)");
        on(Set.of(SMOKE_TEST), "(?i)(?:^|[\\s/])[\\w.-]*smoke[\\w.-]*(?=$|\\s)");
        // Notifications
        on(Set.of(NOTIFICATION), tool("curl|wget|http|https"), ".*(?i:hooks\\.slack\\.com|slack|webhook\\.office\\.com"
                + "|office\\.com/webhook|teams|discord(?:app)?\\.com/api/webhooks|discord|api\\.telegram\\.org|chat\\.googleapis\\.com"
                + "|mattermost)");
        on(Set.of(NOTIFICATION), tool("mail|mailx|sendmail|msmtp|swaks|mutt|apprise|slack-notify"), "");
        // a failed run reported as an issue (or a comment on one) in the tracker the team watches
        on(Set.of(NOTIFICATION), tool("gh|glab"), "\\s+issue\\s+(?:create|comment|note)" + END);
        // Source, cloud credentials, reports
        on(Set.of(CHECKOUT), tool("git"), then("clone"));
        on(Set.of(CHECKOUT), tool("gh"), "\\s+repo\\s+clone" + END);
        on(Set.of(CLOUD_AUTH), tool("gcloud"), "(?:\\s+\\S+)*?\\s+(?:auth\\s+(?:activate-service-account|login)|container\\s+clusters\\s+get-credentials)" + END);
        on(Set.of(CLOUD_AUTH), tool("az"), "\\s+(?:login|aks\\s+get-credentials)" + END);
        on(Set.of(CLOUD_AUTH), tool("aws"), "(?:\\s+\\S+)*?\\s+(?:configure\\s+set|sts\\s+assume-role\\S*|eks\\s+update-kubeconfig|sso\\s+login)" + END);
        on(Set.of(CLOUD_AUTH), tool("doctl"), "\\s+(?:auth\\s+init|kubernetes\\s+cluster\\s+kubeconfig\\s+save)" + END);
        on(Set.of(TEST_REPORT), tool(MVN), then("\\S*surefire-report\\S*:\\S+"));
        on(Set.of(COVERAGE), tool(MVN + "|" + GRADLE), then("\\S*jacoco\\S*"));
        on(Set.of(COVERAGE), tool("go"), then("test") + ".*\\s-cover(?:profile|pkg|mode)?(?:=|\\s|$)");
        on(Set.of(COVERAGE), tool("pytest|py\\.test"), ".*\\s--cov(?:=|\\s|$|-)");
        on(Set.of(COVERAGE), tool("coverage"), then("run|report|xml|html|lcov"));
        on(Set.of(COVERAGE), tool("jest|vitest"), ".*\\s--coverage" + END);
        on(Set.of(COVERAGE), tool("npm|yarn|pnpm|bun"), then("coverage|cov|test:cov\\S*|test:coverage"));
        on(Set.of(COVERAGE), tool("nyc|c8|istanbul|codecov|codecovcli|coveralls|gcovr|lcov|genhtml|reportgenerator"), "");
        on(Set.of(COVERAGE), tool("cargo"), then("tarpaulin|llvm-cov"));
        on(Set.of(COVERAGE), "codecov\\.io|/p:CollectCoverage=true|--collect[:=]\\s*\"?XPlat Code Coverage");
    }

    private CommandRules() {}

    /** What one simple command does (never an echo: it only prints). */
    static Set<StepKind> classify(String simpleCommand) {
        List<String> words = Words.of(simpleCommand);
        if (words.isEmpty()) return Set.of();
        if (Set.of("echo", "printf", ":", "#").contains(words.getFirst())) {
            // Printing does nothing, unless it writes registry credentials where docker and kaniko read them.
            return REGISTRY_AUTH_FILE.matcher(simpleCommand).find() ? Set.of(REGISTRY_LOGIN) : Set.of();
        }
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        for (Rule rule : RULES) {
            if (rule.matches(simpleCommand)) kinds.addAll(rule.kinds());
        }
        kinds.addAll(CliVerbs.classify(words));
        return kinds;
    }

    private static Tool tool(String names) {
        // "mvnw?" can only match text containing "mvn"; "py\\.test" only text containing "py.test"
        List<String> literals = Arrays.stream(names.split("\\|")).map(n -> n.replaceAll(".\\?", "").replace("\\", "")).toList();
        return new Tool(BEFORE + "(?:" + names + ")" + AFTER, literals);
    }

    /** One of {@code words} as a later word of the same command. */
    private static String then(String words) {
        return "(?:\\s+\\S+)*?\\s+(?:" + words + ")" + END;
    }

    private static void on(Set<StepKind> kinds, Tool tool, String rest) {
        RULES.add(new Rule(kinds, tool.names(), Pattern.compile(tool.regex() + rest), null));
    }

    private static void on(Set<StepKind> kinds, String regex) {
        RULES.add(new Rule(kinds, List.of(), Pattern.compile(regex), null));
    }

    private static void unless(Set<StepKind> kinds, Tool tool, String rest, String unless) {
        RULES.add(new Rule(kinds, tool.names(), Pattern.compile(tool.regex() + rest), Pattern.compile(unless)));
    }
}
