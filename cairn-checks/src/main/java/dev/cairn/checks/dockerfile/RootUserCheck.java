package dev.cairn.checks.dockerfile;

import dev.cairn.checks.image.ImageReference;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The image runs as the last {@code USER} of its final stage, or of the stage that stage is built
 * {@code FROM}; without any, as the base image's user, which is root for nearly all images. Base images
 * whose tag says {@code nonroot} (distroless) are trusted to set a user.
 */
public final class RootUserCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-001", "final-user-root")
            .title("Image runs as root")
            .severity(Severity.HIGH)
            .criteria("TEC-8", "TEC-14")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3002")
            .equivalent(Peer.CHECKOV, "CKV_DOCKER_8")
            .equivalent(Peer.CHECKOV, "CKV_DOCKER_3")
            .equivalent(Peer.TRIVY, "DS-0002")
            .build();

    private static final Set<String> ROOT = Set.of("root", "0");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        List<Stage> chain = ShippedStages.of(dockerfile);
        if (chain.isEmpty()) {
            return;
        }
        Stage last = chain.getLast();
        for (Stage stage : chain.reversed()) {
            Optional<Instruction> user = stage.all("USER").stream().reduce((a, b) -> b);
            if (user.isPresent()) {
                String name = Words.split(user.get().arguments()).stream().findFirst().orElse("");
                String uid = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
                if (ROOT.contains(uid)) {
                    String from = stage == last ? ""
                            : ", inherited by the final stage from stage \"" + label(stage) + "\"";
                    findings.report(stage, user.get(), "the image runs as root (USER " + name + from
                            + "): switch to a non-root user such as USER 10001");
                }
                return;
            }
        }
        String baseTag = ImageReference.parse(chain.getFirst().baseImage()).tagValue().orElse("");
        if (baseTag.contains("nonroot")) {
            return;
        }
        findings.report(last, last.from(), "the final stage sets no USER, so the image runs as the base image's user,"
                + " root for most images: add USER with a non-root UID such as 10001");
    }

    private static String label(Stage stage) {
        return stage.name() != null ? stage.name() : Integer.toString(stage.index());
    }
}
