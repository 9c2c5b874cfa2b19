package dev.cairn.core.model;

import java.util.Locale;

/** How much a finding matters, lowest first so that {@code compareTo} orders by gravity. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    /** Parses the lower-case form used on the command line and in configuration. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "': use info, low, medium, high or critical");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
