package dev.cairn.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code --format}; each has one {@link Reporter}. */
public enum Format {
    TEXT("txt"), JSON("json"), SARIF("sarif"), JUNIT("xml"), MARKDOWN("md"), HTML("html");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The name used on the command line, e.g. {@code json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file name extension, for examples in messages: {@code md} for Markdown. */
    public String extension() {
        return extension;
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
