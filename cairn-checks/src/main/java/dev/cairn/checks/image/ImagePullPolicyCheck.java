package dev.cairn.checks.image;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;
import java.util.Set;

/**
 * {@code imagePullPolicy: IfNotPresent} or {@code Never} on a mutable image reference ({@code latest} or no
 * tag, without a digest) runs whatever copy a node happened to pull first, so pods of one workload can run
 * different code. With an immutable tag or a digest, {@code IfNotPresent} is right and is not reported; an
 * unset policy on a mutable reference defaults to {@code Always} and is not reported either.
 */
public final class ImagePullPolicyCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-063", "image-pull-policy")
            .title("Mutable image tag is not pulled with imagePullPolicy Always")
            .severity(Severity.LOW)
            .criteria("TEC-17")
            .equivalent(Peer.POLARIS, "pullPolicyNotAlways")
            .equivalent(Peer.KUBE_SCORE, "container-image-pull-policy")
            .equivalent(Peer.KUBESCAPE, "C-0075")
            .equivalent(Peer.CHECKOV, "CKV_K8S_15")
            .build();

    private static final Set<String> CACHING = Set.of("IfNotPresent", "Never");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        YEntry policy = container.node().entry("imagePullPolicy").orElse(null);
        if (policy == null || !(policy.value() instanceof YScalar value) || !CACHING.contains(value.text())) {
            return;
        }
        if (!(container.node().get("image").orElse(null) instanceof YScalar image) || Images.isPlaceholder(image)) {
            return;
        }
        ImageReference reference = ImageReference.parse(image.text());
        if (reference.pinnedByDigest()) {
            return;
        }
        String tag = reference.tagValue().orElse(null);
        if (tag != null && !tag.equals("latest")) {
            return;
        }
        String mutable = tag == null ? "untagged image" : "image";
        sink.report(policy, describe(container) + " pulls the mutable " + mutable + " \"" + image.text()
                + "\" with imagePullPolicy " + value.text() + ", so each node runs whatever copy it pulled first"
                + ": deploy an immutable version tag or @sha256 digest (or use imagePullPolicy: Always)");
    }
}
