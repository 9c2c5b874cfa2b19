package dev.cairn.report;

import dev.cairn.core.model.ScanReport;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders a {@link ScanReport} in one output format. Implementations are stateless and thread-safe; they
 * write only to {@code out}, never close it, and hold no exit-code logic: gating belongs to the command line.
 */
public interface Reporter {
    void write(ScanReport report, Writer out) throws IOException;
}
