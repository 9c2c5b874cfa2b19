package dev.cairn.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code --format}; each has one {@link Reporter}. Markdown and HTML follow. */
public enum Format {
    TEXT, JSON, SARIF, JUNIT;

    /** The name used on the command line, e.g. {@code json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a command-line name, ignoring case; the error lists what may be typed instead. */
    public static Format parse(String text) {
        for (Format f : values()) {
            if (f.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "': use one of " + names());
    }

    /** All names, comma-separated, in declaration order. */
    public static String names() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
    }
}
