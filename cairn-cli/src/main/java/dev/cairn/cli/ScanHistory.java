package dev.cairn.cli;

import dev.cairn.core.model.ScanReport;
import dev.cairn.report.KpiTrendPoint;
import dev.cairn.server.KpiHistory;
import dev.cairn.store.HistoryDatabase;
import dev.cairn.store.HistoryException;
import dev.cairn.store.HistoryStore;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code scan --history}: the store, opened once before the reports are written so that the HTML report can
 * chart the repository's earlier KPI values, and the recording of the scan afterwards. A store that cannot be
 * opened does not stop the reports; it makes the scan exit 3 once they are written.
 */
final class ScanHistory {
    private final HistoryDatabase database;
    private final HistoryStore store;
    private final HistoryException failure;

    private ScanHistory(HistoryDatabase database, HistoryStore store, HistoryException failure) {
        this.database = database;
        this.store = store;
        this.failure = failure;
    }

    static ScanHistory open(HistoryDatabase database) {
        try {
            return new ScanHistory(database, HistoryStore.open(database), null);
        } catch (HistoryException e) {
            return new ScanHistory(database, null, e);
        }
    }

    /** The repository's KPI values from the scans of the year before this one; none when the store is unusable. */
    List<KpiTrendPoint> kpiTrend(ScanReport report) {
        if (store == null) {
            return List.of();
        }
        try {
            return KpiHistory.before(store, report);
        } catch (HistoryException e) {
            return List.of(); // recording will fail too, and say why
        }
    }

    /** Records the scan and says so on {@code err}; false, with the reason, when the store cannot be used. */
    boolean record(ScanReport report, String configHash, String reportJson, PrintWriter err) {
        try {
            if (failure != null) {
                throw failure;
            }
            long id = store.save(report, configHash, reportJson);
            err.println("cairn: recorded as scan " + id + " in " + database.display());
            return true;
        } catch (HistoryException e) {
            err.println("cairn: cannot record the scan in " + database.display() + ": " + e.getMessage());
            return false;
        }
    }
}
