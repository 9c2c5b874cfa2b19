package dev.cairn.core.ci;

import static dev.cairn.core.ci.StepKind.*;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fallback for references no table knows: what the name of an action, orb, task, plugin or pipe says
 * it does ({@code acme/notify-slack-action} notifies). Installers ({@code setup-kubectl}) do nothing yet.
 */
final class NameKeywords {
    private static final Pattern INSTALLER = Pattern.compile("setup|install|toolkit|cache");
    private static final Map<Pattern, Set<StepKind>> KEYWORDS = new LinkedHashMap<>();

    static {
        key("slack|teams|discord|telegram|mattermost|notify|notification|send-?mail|email", NOTIFICATION);
        key("health-?check|smoke", SMOKE_TEST);
        key("codecov|coveralls|coverage|jacoco|cobertura", COVERAGE);
        key("junit|test-report|test-result", TEST_REPORT);
        key("gitleaks|trufflehog|secrets?-scan|git-secrets|ggshield|detect-secrets", SECRET_SCAN);
        key("semgrep|codeql|sast|gosec|bandit", SAST);
        key("kubescape|kube-linter|checkov|conftest|polaris|kube-score|kics|tfsec|terrascan|datree|kube-bench", CONFIG_SCAN);
        key("trivy|grype|container-scan|clair|anchore-scan|xray|scout", VULNERABILITY_SCAN);
        key("snyk|dependency-check|dependency-review|osv-scanner", DEPENDENCY_SCAN);
        key("sbom|syft|cyclonedx|spdx", SBOM);
        key("cosign|sigstore|notation|slsa|attest", SIGNING);
        key("sonar|lint|spotbugs|checkstyle|pmd", STATIC_ANALYSIS);
        key("ecr-login|docker-login|registry-login|login-action", REGISTRY_LOGIN);
        key("kaniko|buildah|build-push|docker-build|buildx|build-image|buildpacks|jib|s2i", IMAGE_BUILD);
        key("push-image|image-push|docker-push|build-push|build-and-push", IMAGE_PUSH);
        key("kubectl|helm|deploy|argocd|flux", DEPLOY);
        key("git-clone|checkout", CHECKOUT);
    }

    private NameKeywords() {}

    static Set<StepKind> of(String name) {
        if (name == null) return Set.of();
        String n = name.toLowerCase(Locale.ROOT);
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        KEYWORDS.forEach((pattern, k) -> {
            if (pattern.matcher(n).find()) kinds.addAll(k);
        });
        if (INSTALLER.matcher(n).find()) {
            kinds.removeAll(Set.of(DEPLOY, IMAGE_BUILD, SIGNING, VULNERABILITY_SCAN, CONFIG_SCAN, SBOM, STATIC_ANALYSIS));
        }
        return kinds;
    }

    private static void key(String regex, StepKind kind) {
        KEYWORDS.put(Pattern.compile(regex), Set.of(kind));
    }
}
