package dev.cairn.report;

import dev.cairn.core.model.ScanReport;
import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JacksonException;

/**
 * The faithful serialisation of {@link ScanReport} (schema/report-v1.json): record components in
 * declaration order, nulls included, enums in lower-case kebab, pretty-printed, ending with a newline.
 */
public final class JsonReporter implements Reporter {

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        try {
            ReportJson.WRITER.writeValue(out, report);
        } catch (JacksonException e) {
            // Callers handle a full disk or a closed pipe as IO, not as a Jackson failure.
            IOException io = ReportJson.ioCause(e);
            if (io != null) {
                throw io;
            }
            throw e;
        }
        out.write('\n');
        out.flush();
    }
}
