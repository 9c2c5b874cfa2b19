package dev.cairn.report;

import java.io.IOException;

/** A file given as a previous report (e.g. {@code --baseline}) is not JSON, or not a cairn report version 1. */
public final class NotACairnReportException extends IOException {
    private static final long serialVersionUID = 1L;

    public NotACairnReportException(String message) {
        super(message);
    }

    public NotACairnReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
