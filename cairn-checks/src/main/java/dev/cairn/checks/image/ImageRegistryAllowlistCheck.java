package dev.cairn.checks.image;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;
import java.util.List;
import java.util.Locale;

/**
 * Images should come from the registries the team builds, scans and controls. The allowed registries are
 * the {@code registries} parameter (prefixes such as {@code ghcr.io/acme} or {@code docker.io/library});
 * with none configured the check is not applicable, because cairn cannot guess them.
 */
public final class ImageRegistryAllowlistCheck extends ContainerCheck
        implements ParameterizedCheck<ImageRegistryAllowlistCheck.Params> {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-031", "image-registry-allowlist")
            .title("Image comes from a registry outside the allowed list")
            .severity(Severity.MEDIUM)
            .criteria("TEC-16")
            .equivalent(Peer.KUBESCAPE, "C-0001")
            .equivalent(Peer.KUBESCAPE, "C-0078")
            .equivalent(Peer.TRIVY, "KSV-0125")
            .build();

    /**
     * @param registries allowed registry or repository prefixes, e.g. {@code ghcr.io/acme}; Docker Hub is
     *                   {@code docker.io}, its official images {@code docker.io/library}
     */
    public record Params(List<String> registries) {
        public Params {
            registries = registries == null ? List.of() : registries.stream()
                    .map(r -> r.strip().toLowerCase(Locale.ROOT).replaceAll("/+$", ""))
                    .filter(r -> !r.isEmpty()).toList();
        }
    }

    private final Params params;

    public ImageRegistryAllowlistCheck() {
        this(new Params(List.of()));
    }

    private ImageRegistryAllowlistCheck(Params params) {
        this.params = params;
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public Check withParams(Params params) {
        return new ImageRegistryAllowlistCheck(params);
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return !params.registries().isEmpty() && super.appliesTo(object);
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        YEntry entry = container.node().entry("image").orElse(null);
        if (entry == null || !(entry.value() instanceof YScalar scalar) || Images.isPlaceholder(scalar)) {
            return;
        }
        String repository = Images.qualifiedRepository(ImageReference.parse(scalar.text()));
        boolean allowed = params.registries().stream()
                .anyMatch(r -> repository.equals(r) || repository.startsWith(r + "/"));
        if (!allowed) {
            sink.report(entry, describe(container) + " pulls image \"" + scalar.text() + "\" from " + repository
                    + ", outside the allowed registries (" + String.join(", ", params.registries())
                    + "): mirror it into an allowed registry, or add the registry to"
                    + " checks.params.image-registry-allowlist.registries");
        }
    }
}
