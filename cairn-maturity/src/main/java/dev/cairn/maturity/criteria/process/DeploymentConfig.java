package dev.cairn.maturity.criteria.process;

import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.criteria.LandedChange;
import dev.cairn.maturity.kpi.delivery.DeliveryPaths;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What describes a deployment (PRC-11, PRC-16): the files holding Kubernetes objects, and the delivery
 * paths of {@link DeliveryPaths} that configure the platform (kustomize, Helm, Terraform), not those that
 * build it (CI pipelines, Dockerfiles), and not test data or examples.
 */
final class DeploymentConfig {
    private static final Pattern BUILD_FILES = Pattern.compile("^\\.github/|^\\.gitlab|^\\.circleci/|^\\.buildkite/|^\\.tekton/"
            + "|(^|/)(jenkinsfile|azure-pipelines\\.ya?ml|bitbucket-pipelines\\.yml|\\.drone\\.yml|\\.travis\\.yml|cloudbuild\\.ya?ml"
            + "|\\.dockerignore|docker-compose[^/]*|compose\\.ya?ml)$|(^|/)(dockerfile|containerfile)[^/]*$|\\.dockerfile$");

    private static final Pattern NOT_DEPLOYED = Pattern.compile("(^|/)(src/test|tests?|testdata|fixtures|examples?|samples?)/");

    private final Set<String> manifestPaths;

    DeploymentConfig(AssessmentEvidence evidence) {
        this.manifestPaths = evidence.manifests().paths().stream().map(SourcePath::value).collect(Collectors.toUnmodifiableSet());
    }

    boolean isDeploymentConfig(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return !NOT_DEPLOYED.matcher(p).find()
                && (manifestPaths.contains(path) || DeliveryPaths.matches(path) && !BUILD_FILES.matcher(p).find());
    }

    /** Whether the repository holds any deployment configuration. */
    boolean presentIn(AssessmentEvidence evidence) {
        return manifestPaths.stream().anyMatch(this::isDeploymentConfig)
                || evidence.files().paths().stream().anyMatch(p -> isDeploymentConfig(p.value()));
    }

    boolean touchedBy(LandedChange change) {
        return change.paths().stream().anyMatch(this::isDeploymentConfig);
    }
}
