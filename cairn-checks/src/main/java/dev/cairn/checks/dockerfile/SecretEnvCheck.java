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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ENV} values are stored in the image config and {@code ARG} values in its history, so a password
 * written there is readable by everyone who can pull the image. Names are matched as words
 * ({@code DB_PASSWORD}, {@code GITHUB_TOKEN}, not {@code TOKENIZER_PARALLELISM}); names that point at a
 * secret rather than hold it ({@code POSTGRES_PASSWORD_FILE}) and values that are only variable references
 * are left alone. Messages name the variable, never its value.
 */
public final class SecretEnvCheck extends DockerfileCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("DKR-007", "env-arg-secret")
            .title("Secret value set in ENV or ARG")
            .severity(Severity.HIGH)
            .criteria("TEC-29", "TEC-23")
            .inputs(InputKind.DOCKERFILE)
            .equivalent(Peer.HADOLINT, "DL3064")
            .equivalent(Peer.TRIVY, "DS-0031")
            .build();

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(^|.*[_.-])(PASSWORD|PASSWD|SECRET|TOKEN|API[_-]?KEY|ACCESS[_-]?KEY|PRIVATE[_-]?KEY)([_.-].*|$)");
    private static final Pattern REFERENCE_NAME = Pattern.compile(".*[_.-](FILE|PATH|DIR|URL|URI)$");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(Dockerfile dockerfile, Findings findings) {
        for (Instruction arg : dockerfile.preamble()) {
            if (arg.is("ARG")) {
                secrets(arg).ifPresent(names -> findings.reportPreamble(arg, message(arg, names)));
            }
        }
        for (Stage stage : dockerfile.stages()) {
            for (Instruction i : stage.instructions()) {
                if (i.is("ENV") || i.is("ARG")) {
                    secrets(i).ifPresent(names -> findings.report(stage, i, message(i, names)));
                }
            }
        }
    }

    /** The secret names an instruction sets to literals, as one list, or nothing. */
    private static Optional<List<String>> secrets(Instruction instruction) {
        List<String> names = NameValues.of(instruction).entrySet().stream()
                .filter(e -> isSecretName(e.getKey()) && isLiteral(e.getValue()))
                .map(Map.Entry::getKey).toList();
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    static boolean isSecretName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return SECRET_NAME.matcher(upper).matches() && !REFERENCE_NAME.matcher(upper).matches();
    }

    private static boolean isLiteral(String value) {
        return value != null && !value.isBlank() && !value.contains("$");
    }

    private static String message(Instruction instruction, List<String> names) {
        String where = instruction.is("ENV") ? "the image config" : "the image history";
        return instruction.keyword() + " sets " + String.join(", ", names) + " to a literal value, readable in " + where
                + " by anyone who can pull the image: pass it at run time (a Kubernetes Secret) or use"
                + " RUN --mount=type=secret while building";
    }
}
