package dev.cairn.server;

import dev.cairn.core.model.ScanReport;
import dev.cairn.report.JsonReports;
import dev.cairn.store.HistoryStore;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The report a scan was saved with, read back into the model for the pages. */
final class StoredReports {
    private StoredReports() {}

    static Optional<ScanReport> read(HistoryStore store, long id) {
        return store.reportJson(id).map(json -> {
            try {
                return JsonReports.read(new StringReader(json));
            } catch (IOException e) {
                // the store holds only reports that were read once already: this one is damaged
                throw new UncheckedIOException("the report of scan " + id + " cannot be read: " + e.getMessage(), e);
            }
        });
    }
}
