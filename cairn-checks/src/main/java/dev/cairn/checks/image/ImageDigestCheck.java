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
 * Even a version tag can be pushed again; only a digest names exactly one image. Info only: immutable tags
 * (K8S-006) already meet Level 1, and digests need tooling to stay current. Placeholders are skipped.
 */
public final class ImageDigestCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-030", "image-digest")
            .title("Image is not pinned by digest")
            .severity(Severity.INFO)
            .criteria("TEC-17")
            .equivalent(Peer.KUBESCAPE, "C-0306")
            .equivalent(Peer.CHECKOV, "CKV_K8S_43")
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
        if (!ImageReference.parse(scalar.text()).pinnedByDigest()) {
            sink.report(entry, describe(container) + " uses image \"" + scalar.text() + "\" without a digest:"
                    + " pin it as name:tag@sha256:<digest> (kustomize images[].digest, or a bot such as Renovate,"
                    + " keeps it current)");
        }
    }
}
