package dev.cairn.cli.assess;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Opens the terminal an interactive command reads from: the user's own, or one over streams in tests. */
@FunctionalInterface
public interface Console {
    /** @return null when there is no interactive terminal (CI, redirected input) */
    Terminal open() throws IOException;

    static Console system(boolean interactive) {
        return () -> interactive ? TerminalBuilder.builder().system(true).build() : null;
    }
}
