package dev.cairn.report;

/** Picks the reporter of a format; an exhaustive switch so that a new {@link Format} cannot be forgotten. */
public final class Reporters {
    private Reporters() {}

    /** @param style used by the terminal format only; the file formats never contain colour or symbols */
    public static Reporter forFormat(Format format, TerminalStyle style) {
        return switch (format) {
            case TEXT -> new TextReporter(style);
            case JSON -> new JsonReporter();
        };
    }
}
