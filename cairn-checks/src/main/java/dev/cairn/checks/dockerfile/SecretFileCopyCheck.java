package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.check.Peer;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file copied into a shipped stage is in the image for good, even if a later {@code RUN rm} hides it.
 * Matched by file name: dotenv files ({@code .env}, {@code prod.env}; not {@code .env.example}), SSH keys,
 * private keys and keystores ({@code *.key}, {@code *.p12}, {@code *.pfx}), credential files
 * ({@code .netrc}, {@code .git-credentials}, {@code .pgpass}) and per-environment Spring config
 * ({@code application-prod.yml}). Certificates ({@code *.pem}, {@code *.crt}) are public and not matched;
 * {@code COPY . .} needs the repository's {@code .dockerignore} and is not judged here.
 */
public final class SecretFileCopyCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-008", "copy-secret-file")
            .title("Secret or environment-specific file copied into the image")
            .severity(Severity.MEDIUM)
            .criteria("TEC-23", "TEC-29")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3064")
            .equivalent(Peer.TRIVY, "DS-0031")
            .build();

    private static final Pattern SECRET_FILE = Pattern.compile(
            "\\.env|\\.env\\.(?!(example|sample|template|dist|defaults?)$)[^/]+|[^/]+\\.env"
            + "|id_(rsa|dsa|ecdsa|ed25519)|[^/]+\\.(key|p12|pfx)|\\.netrc|\\.git-credentials|\\.pgpass"
            + "|application-prod(uction)?\\.(properties|ya?ml)");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Stage stage : ShippedStages.of(dockerfile)) {
            for (Instruction i : stage.instructions()) {
                if (i.is("COPY") || i.is("ADD")) {
                    secretSource(i).ifPresent(source -> findings.report(stage, i, i.keyword() + " puts " + source
                            + " into the image, where anyone who pulls it can read it: mount it at run time"
                            + " (a Kubernetes Secret or ConfigMap) or use RUN --mount=type=secret while building"));
                }
            }
        }
    }

    private static Optional<String> secretSource(Instruction instruction) {
        List<String> words = Words.of(instruction);
        if (words.size() < 2) {
            return Optional.empty();
        }
        return words.subList(0, words.size() - 1).stream()
                .filter(s -> SECRET_FILE.matcher(fileName(s).toLowerCase(Locale.ROOT)).matches()).findFirst();
    }

    private static String fileName(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
