package dev.cairn.checks;

import dev.cairn.core.check.Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Markdown page of a check (Rationale, Remediation), stored beside its class as
 * {@code <CheckClass>.md}; read by {@code checks explain}, the generated docs and SARIF help.
 */
public final class CheckPages {
    private CheckPages() {}

    public static Optional<String> of(Check check) {
        String resource = check.getClass().getSimpleName() + ".md";
        try (InputStream in = check.getClass().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page of " + check.spec().id(), e);
        }
    }
}
