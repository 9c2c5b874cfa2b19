package dev.cairn.core.history;

import java.time.Instant;

/**
 * A tag, peeled to the commit it names.
 *
 * @param name      short name ({@code v1.2.3}, without {@code refs/tags/})
 * @param time      the tagger date of an annotated tag, the committer date of the commit for a lightweight one
 */
public record Tag(String name, String commitId, Instant time, boolean annotated) {}
