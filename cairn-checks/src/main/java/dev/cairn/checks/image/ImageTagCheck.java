package dev.cairn.checks.image;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;

/**
 * An image without a tag, or tagged {@code latest}, changes under the same name: deployments are not
 * reproducible and a rollback may not restore the old code. A digest pin makes any tag acceptable.
 */
public final class ImageTagCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-006", "image-tag-latest")
            .title("Image uses the latest tag or no tag")
            .severity(Severity.MEDIUM)
            .criteria("TEC-17")
            .equivalent(Peer.POLARIS, "tagNotSpecified")
            .equivalent(Peer.KUBE_LINTER, "latest-tag")
            .equivalent(Peer.KUBE_SCORE, "container-image-tag")
            .equivalent(Peer.KUBESCAPE, "C-0075")
            .equivalent(Peer.CHECKOV, "CKV_K8S_14")
            .equivalent(Peer.TRIVY, "KSV-0013")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        YEntry entry = container.node().entry("image").orElse(null);
        if (entry == null || !(entry.value() instanceof YScalar scalar) || Images.isPlaceholder(scalar)) {
            return;
        }
        ImageReference image = ImageReference.parse(scalar.text());
        if (image.pinnedByDigest()) {
            return;
        }
        String fix = ": use an immutable version tag (e.g. a release or git SHA) or an @sha256 digest";
        if (image.tagValue().isEmpty()) {
            sink.report(entry, describe(container) + " uses image \"" + scalar.text() + "\" without a tag"
                    + " (Kubernetes pulls latest)" + fix);
        } else if (image.tag().equals("latest")) {
            sink.report(entry, describe(container) + " uses image \"" + scalar.text() + "\" with the latest tag" + fix);
        }
    }
}
