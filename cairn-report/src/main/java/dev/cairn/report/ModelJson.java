package dev.cairn.report;

import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JacksonException;

/**
 * Writes values made of report-model types, and records that hold them, with the conventions of the JSON
 * report (record order, kebab-case enums, ISO-8601 times, ids and paths as strings, two-space indent), so that
 * other JSON cairn prints (history listings, scan diffs) spells a finding exactly as the report does.
 */
public final class ModelJson {
    private ModelJson() {}

    public static void write(Object value, Writer out) throws IOException {
        try {
            ReportJson.WRITER.writeValue(out, value);
        } catch (JacksonException e) {
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
