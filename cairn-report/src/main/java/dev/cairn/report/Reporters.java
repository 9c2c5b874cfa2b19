package dev.cairn.report;

/** Picks the reporter of a format; an exhaustive switch so that a new {@link Format} cannot be forgotten. */
public final class Reporters {
    private Reporters() {}

    /**
     * @param style used by the terminal format only; the file formats never contain colour or symbols
     * @param rules the metadata of the checks (titles, pages, default severities), used by SARIF only
     */
    public static Reporter forFormat(Format format, TerminalStyle style, RuleCatalog rules) {
        return switch (format) {
            case TEXT -> new TextReporter(style);
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter(rules);
            case JUNIT -> new JUnitReporter();
        };
    }
}
