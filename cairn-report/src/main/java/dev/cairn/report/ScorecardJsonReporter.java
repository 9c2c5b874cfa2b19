package dev.cairn.report;

import dev.cairn.core.model.ScanReport;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * {@code cairn maturity --format json}: the scorecard sections of the report (target, aspects, criteria,
 * next steps, Level 2 preview), serialised exactly as in the full JSON report.
 */
public final class ScorecardJsonReporter implements Reporter {

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Map<String, Object> scorecard = new LinkedHashMap<>();
        scorecard.put("schemaVersion", report.schemaVersion());
        scorecard.put("target", report.target());
        scorecard.put("aspects", report.aspects());
        scorecard.put("criteria", report.criteria());
        scorecard.put("nextSteps", report.nextSteps());
        scorecard.put("levelTwoPreview", report.levelTwoPreview());
        try {
            ReportJson.WRITER.writeValue(out, scorecard);
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
