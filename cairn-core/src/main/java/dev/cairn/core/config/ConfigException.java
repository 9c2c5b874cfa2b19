package dev.cairn.core.config;

import dev.cairn.core.model.Span;

/** A problem in a user's configuration file, with the place to fix it. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final transient Span span;

    public ConfigException(String file, Span span, String message) {
        super(message);
        this.file = file;
        this.span = span;
    }

    public String file() {
        return file;
    }

    public Span span() {
        return span;
    }

    /** {@code file:line:column: message}, the form editors and terminals link. */
    public String display() {
        return span == null ? file + ": " + getMessage()
                : file + ":" + span.startLine() + ":" + span.startColumn() + ": " + getMessage();
    }
}
