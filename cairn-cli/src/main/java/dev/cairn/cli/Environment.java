package dev.cairn.cli;

import dev.cairn.cli.assess.Console;
import java.time.Clock;

/**
 * What commands take from the outside world, injected so tests can fix the clock and the terminal.
 *
 * @param console the interactive terminal {@code cairn assess} talks to
 */
public record Environment(Clock clock, Terminal terminal, Console console) {
    public Environment(Clock clock, Terminal terminal) {
        this(clock, terminal, Console.system(terminal.tty()));
    }
}
