package dev.cairn.core.ci;

import static dev.cairn.core.ci.StepKind.*;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What GitHub Actions do, by {@code owner/repo[/path]} and, where it matters, by their inputs
 * ({@code docker/build-push-action} pushes only with {@code push: true}). Unknown actions fall back to
 * {@link NameKeywords}; local actions ({@code ./.github/actions/x}) are unknown code and say nothing.
 */
final class ActionRules {
    private static final Map<String, Set<StepKind>> ACTIONS = new HashMap<>();
    private static final Pattern TEST_RESULTS = Pattern.compile("(?i)surefire-reports|failsafe-reports|test-results|test-reports|junit|TEST-[^/]*\\.xml|\\.trx");
    private static final Pattern COVERAGE_FILES = Pattern.compile("(?i)coverage|jacoco|lcov|cobertura");
    /** Inputs that name images or tags; other inputs (build-args, labels) mention the SHA for other reasons. */
    private static final Pattern TAG_INPUT = Pattern.compile("(?i)tag|image|destination|version");

    static {
        put(Set.of(CHECKOUT), "actions/checkout");
        put(Set.of(DEPENDENCY_SCAN), "actions/dependency-review-action", "google/osv-scanner-action",
                "google/osv-scanner-action/osv-scanner-action", "dependency-check/dependency-check_action");
        put(Set.of(SIGNING), "actions/attest-build-provenance", "actions/attest", "actions/attest-sbom", "sigstore/cosign-installer",
                "sigstore/gh-action-sigstore-python");
        put(Set.of(REGISTRY_LOGIN), "docker/login-action", "aws-actions/amazon-ecr-login", "azure/docker-login", "redhat-actions/podman-login");
        put(Set.of(IMAGE_BUILD), "redhat-actions/buildah-build");
        put(Set.of(IMAGE_PUSH), "redhat-actions/push-to-registry");
        put(Set.of(CLOUD_AUTH), "aws-actions/configure-aws-credentials", "google-github-actions/auth",
                "google-github-actions/get-gke-credentials", "azure/login", "azure/aks-set-context", "azure/k8s-set-context",
                "redhat-actions/oc-login");
        put(Set.of(DEPLOY), "aws-actions/amazon-ecs-deploy-task-definition", "google-github-actions/deploy-cloudrun",
                "google-github-actions/deploy-appengine", "azure/k8s-deploy", "azure/webapps-deploy", "azure/container-apps-deploy-action");
        put(Set.of(VULNERABILITY_SCAN), "azure/container-scan", "crazy-max/ghaction-container-scan");
        put(Set.of(SBOM), "anchore/sbom-action", "cyclonedx/gh-gomod-generate-sbom", "advanced-security/sbom-generator-action");
        put(Set.of(CONFIG_SCAN), "kubescape/github-action", "stackrox/kube-linter-action", "bridgecrewio/checkov-action",
                "instrumenta/conftest-action", "checkmarx/kics-github-action", "aquasecurity/tfsec-action", "datreeio/action-datree",
                // OpenSSF Scorecard checks the repository's own security configuration (workflows, branch protection)
                "ossf/scorecard-action");
        put(Set.of(SECRET_SCAN), "gitleaks/gitleaks-action", "trufflesecurity/trufflehog", "gitguardian/ggshield-action");
        put(Set.of(SAST), "returntocorp/semgrep-action", "semgrep/semgrep-action");
        put(Set.of(STATIC_ANALYSIS), "sonarsource/sonarqube-scan-action", "sonarsource/sonarcloud-github-action",
                "sonarsource/sonarqube-quality-gate-action", "golangci/golangci-lint-action", "github/super-linter",
                "super-linter/super-linter", "hadolint/hadolint-action", "pre-commit/action", "astral-sh/ruff-action",
                "chartboost/ruff-action", "reviewdog/action-eslint");
        put(Set.of(TEST_REPORT), "dorny/test-reporter", "mikepenz/action-junit-report", "enricomi/publish-unit-test-result-action",
                "test-summary/action", "phoenix-actions/test-reporting", "codecov/test-results-action");
        put(Set.of(COVERAGE), "codecov/codecov-action", "coverallsapp/github-action", "madrapps/jacoco-report",
                "irongut/codecoveragesummary", "5monkeys/cobertura-action", "cicirello/jacoco-badge-generator");
        put(Set.of(NOTIFICATION), "slackapi/slack-github-action", "rtcamp/action-slack-notify", "8398a7/action-slack", "act10ns/slack",
                "ravsamhq/notify-slack-action", "aliencube/microsoft-teams-actions", "skitionek/notify-microsoft-teams",
                "jdcargile/ms-teams-notification", "toko-bifrost/ms-teams-deploy-card", "dawidd6/action-send-mail",
                "appleboy/telegram-action", "appleboy/discord-action", "ilshidur/action-discord", "sarisia/actions-status-discord");
        put(Set.of(SMOKE_TEST), "jtalk/url-health-check-action");
        // Setup actions install tools; the steps that use the tools are judged by their commands.
        put(Set.of(), "docker/setup-buildx-action", "docker/setup-qemu-action", "azure/setup-kubectl", "azure/setup-helm",
                "actions/upload-artifact", "actions/download-artifact", "actions/cache");
    }

    private ActionRules() {}

    /** The kinds of {@code uses: <ref>} with its {@code with:} inputs. */
    static Set<StepKind> classify(String uses, Map<String, String> with) {
        String ref = uses.strip();
        if (ref.startsWith("./") || ref.startsWith("../")) {
            return Set.of();
        }
        if (ref.startsWith("docker://")) {
            return ImageRules.classify(ref.substring("docker://".length()), with);
        }
        String action = name(ref);
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        kinds.addAll(special(action, with));
        Set<StepKind> known = ACTIONS.get(action);
        if (known != null) {
            kinds.addAll(known);
        } else if (kinds.isEmpty() && !isSpecial(action)) {
            kinds.addAll(NameKeywords.of(action));
        }
        // The input's name already says it is about an image or its tag.
        kinds.addAll(TagSources.of(tagInputs(with), Set.of(IMAGE_BUILD)));
        return kinds;
    }

    /** {@code Owner/Repo/path@v1} -> {@code owner/repo/path}. */
    static String name(String ref) {
        int at = ref.indexOf('@');
        return (at < 0 ? ref : ref.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    private static boolean isSpecial(String action) {
        return action.startsWith("github/codeql-action") || action.startsWith("snyk/actions") || SPECIAL.contains(action);
    }

    private static final Set<String> SPECIAL = Set.of("docker/build-push-action", "docker/bake-action", "docker/metadata-action",
            "docker/scout-action", "aquasecurity/trivy-action", "anchore/scan-action", "actions/upload-artifact",
            "google-github-actions/setup-gcloud");

    private static Set<StepKind> special(String action, Map<String, String> with) {
        if (action.startsWith("github/codeql-action")) {
            // upload-sarif publishes another scanner's results to code scanning: shift-left evidence all the same
            return Set.of(SAST);
        }
        if (action.startsWith("snyk/actions")) {
            String command = with.getOrDefault("command", "test");
            if (command.contains("code")) return Set.of(SAST);
            if (command.contains("container") || action.endsWith("/docker")) return Set.of(VULNERABILITY_SCAN);
            if (command.contains("iac") || action.endsWith("/iac")) return Set.of(CONFIG_SCAN);
            return Set.of(DEPENDENCY_SCAN);
        }
        return switch (action) {
            case "docker/build-push-action", "docker/bake-action" -> buildPush(with);
            case "docker/scout-action" -> scout(with.getOrDefault("command", ""));
            case "aquasecurity/trivy-action" -> trivy(with);
            case "anchore/scan-action" -> with.containsKey("path") ? Set.of(VULNERABILITY_SCAN, DEPENDENCY_SCAN) : Set.of(VULNERABILITY_SCAN);
            case "actions/upload-artifact" -> uploaded(with.getOrDefault("path", ""));
            case "google-github-actions/setup-gcloud" -> with.containsKey("service_account_key") ? Set.of(CLOUD_AUTH) : Set.of();
            default -> toolWrapper(action, with);
        };
    }

    private static Set<StepKind> buildPush(Map<String, String> with) {
        Set<StepKind> kinds = EnumSet.of(IMAGE_BUILD);
        if (isOn(with.get("push")) || with.getOrDefault("outputs", "").matches("(?s).*(type=registry|push=true).*")) {
            kinds.add(IMAGE_PUSH);
        }
        if (isOn(with.get("sbom"))) kinds.add(SBOM);
        return kinds;
    }

    /** {@code true} or an expression that may be true ({@code ${{ github.event_name != 'pull_request' }}}). */
    private static boolean isOn(String value) {
        if (value == null) return false;
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.startsWith("${{");
    }

    private static Set<StepKind> scout(String command) {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        if (command.matches("(?s).*\\b(cves|quickview|recommendations|compare)\\b.*")) kinds.add(VULNERABILITY_SCAN);
        if (command.contains("sbom")) kinds.add(SBOM);
        return kinds;
    }

    private static Set<StepKind> trivy(Map<String, String> with) {
        Set<StepKind> base = switch (with.getOrDefault("scan-type", "image").strip()) {
            case "fs", "filesystem", "repo", "repository", "rootfs" -> Set.of(VULNERABILITY_SCAN, DEPENDENCY_SCAN);
            case "config" -> Set.of(CONFIG_SCAN);
            default -> Set.of(VULNERABILITY_SCAN);
        };
        String scanners = with.getOrDefault("scanners", with.get("security-checks"));
        return TrivyOptions.apply(base, scanners, with.get("format"));
    }

    private static Set<StepKind> uploaded(String path) {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        if (TEST_RESULTS.matcher(path).find()) kinds.add(TEST_REPORT);
        if (COVERAGE_FILES.matcher(path).find()) kinds.add(COVERAGE);
        return kinds;
    }

    /** Actions that wrap a CLI and take its arguments ({@code actions-hub/kubectl} with {@code args: apply -f k8s}). */
    private static Set<StepKind> toolWrapper(String action, Map<String, String> with) {
        String args = with.getOrDefault("args", with.get("command"));
        if (args == null) return Set.of();
        for (String tool : List.of("kubectl", "helm")) {
            if (action.contains(tool)) {
                String line = args.strip().startsWith(tool) ? args : tool + " " + args;
                return StepClassifier.classifyCommand(line);
            }
        }
        return Set.of();
    }

    private static String tagInputs(Map<String, String> with) {
        StringBuilder b = new StringBuilder();
        with.forEach((key, value) -> {
            if (TAG_INPUT.matcher(key).find()) b.append(value).append('\n');
        });
        return b.toString();
    }

    private static void put(Set<StepKind> kinds, String... actions) {
        for (String a : actions) ACTIONS.put(a, kinds);
    }
}
