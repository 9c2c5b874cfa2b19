package dev.cairn.checks.dockerfile;

import dev.cairn.checks.image.ImageReference;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code FROM} without a tag pulls {@code latest}, and {@code latest} moves: the same Dockerfile builds a
 * different image tomorrow. {@code scratch}, earlier stages and digest pins are fine. {@code $VAR} references
 * are expanded with the defaults of the {@code ARG}s before the first {@code FROM}, as Docker does; a
 * reference without a default is decided at build time and not judged.
 */
public final class BaseImageTagCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-002", "from-latest-tag")
            .title("Base image uses the latest tag or no tag")
            .severity(Severity.MEDIUM)
            .criteria("TEC-14", "TEC-17")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3006")
            .equivalent(Peer.HADOLINT, "DL3007")
            .equivalent(Peer.CHECKOV, "CKV_DOCKER_7")
            .equivalent(Peer.TRIVY, "DS-0001")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        Map<String, String> defaults = new HashMap<>();
        for (Instruction arg : dockerfile.preamble()) {
            if (arg.is("ARG")) {
                NameValues.of(arg).forEach((k, v) -> {
                    if (v != null) defaults.put(k, v);
                });
            }
        }
        for (Stage stage : dockerfile.stages()) {
            String written = stage.baseImage();
            Optional<String> image = written.contains("$") ? Variables.expand(written, defaults) : Optional.of(written);
            if (image.isEmpty() || image.get().isBlank() || image.get().equalsIgnoreCase("scratch")
                    || dockerfile.stage(image.get()).filter(s -> s.index() < stage.index()).isPresent()) {
                continue;
            }
            ImageReference ref = ImageReference.parse(image.get());
            if (ref.pinnedByDigest()) {
                continue;
            }
            String shown = "\"" + written + "\"" + (written.equals(image.get()) ? "" : " (" + image.get() + ")");
            String fix = ": pin the version you tested (e.g. ubuntu:24.04) or an @sha256 digest";
            if (ref.tagValue().isEmpty()) {
                findings.report(stage, stage.from(), "FROM " + shown + " has no tag, so Docker pulls latest" + fix);
            } else if (ref.tag().equals("latest")) {
                findings.report(stage, stage.from(), "FROM " + shown + " uses the latest tag" + fix);
            }
        }
    }
}
