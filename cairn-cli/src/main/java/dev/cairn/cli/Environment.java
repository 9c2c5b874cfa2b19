package dev.cairn.cli;

import java.time.Clock;

/** What commands take from the outside world, injected so tests can fix the clock and the terminal. */
public record Environment(Clock clock, Terminal terminal) {}
