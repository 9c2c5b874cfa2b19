package dev.cairn.store;

import java.util.Map;

/** The two databases the store runs on, and what their one schema spells differently (Flyway placeholders). */
public enum Dialect {
    /** The default: one file; {@code INTEGER PRIMARY KEY} is SQLite's auto-numbered row id. */
    SQLITE(Map.of("identity", "INTEGER PRIMARY KEY")),
    POSTGRESQL(Map.of("identity", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));

    private final Map<String, String> placeholders;

    Dialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    Map<String, String> placeholders() {
        return placeholders;
    }
}
