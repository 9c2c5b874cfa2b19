package dev.cairn.maturity.criteria.process;

import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.criteria.LandedChange;
import dev.cairn.maturity.kpi.delivery.DeliveryPaths;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What describes a deployment (PRC-11, PRC-16): the files holding Kubernetes objects, and the delivery
 * paths of {@link DeliveryPaths} that configure the platform (kustomize, Helm, Terraform), not those that
 * build it (CI pipelines, Dockerfiles).
 */
final class DeploymentConfig {
    private static final Pattern BUILD_FILES = Pattern.compile("^\\.github/|^\\.gitlab|^\\.circleci/|^\\.buildkite/|^\\.tekton/"
            + "|(^|/)(jenkinsfile|azure-pipelines\\.ya?ml|bitbucket-pipelines\\.yml|\\.drone\\.yml|\\.travis\\.yml|cloudbuild\\.ya?ml"
            + "|\\.dockerignore|docker-compose[^/]*|compose\\.ya?ml)$|(^|/)(dockerfile|containerfile)[^/]*$|\\.dockerfile$");

    private final Set<String> manifestPaths;

    DeploymentConfig(AssessmentEvidence evidence) {
        this.manifestPaths = evidence.manifests().objects().stream().map(ObjectFacts::location)
                .map(l -> l.path().value()).collect(Collectors.toUnmodifiableSet());
    }

    boolean isDeploymentConfig(String path) {
        return manifestPaths.contains(path)
                || DeliveryPaths.matches(path) && !BUILD_FILES.matcher(path.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether the repository holds any deployment configuration. */
    boolean presentIn(AssessmentEvidence evidence) {
        return !manifestPaths.isEmpty() || evidence.files().paths().stream().anyMatch(p -> isDeploymentConfig(p.value()));
    }

    boolean touchedBy(LandedChange change) {
        return change.paths().stream().anyMatch(this::isDeploymentConfig);
    }
}
