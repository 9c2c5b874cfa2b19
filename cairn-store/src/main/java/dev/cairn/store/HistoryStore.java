package dev.cairn.store;

import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Target;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Every recorded scan of every repository. A scan is written in one transaction: a crash or kill while saving
 * leaves the store as it was before, never with part of a scan. Methods throw {@link HistoryException} when
 * the database cannot be used.
 */
public interface HistoryStore {

    /** Opens the database, creating it (SQLite: its file and folder) and migrating its schema as needed. */
    static HistoryStore open(HistoryDatabase database) {
        if (database.file() != null) {
            Migrations.createParent(database.file());
        }
        return open(database.dataSource(), database.dialect());
    }

    /** As {@link #open(HistoryDatabase)} over a data source the caller owns, e.g. a server's connection pool. */
    static HistoryStore open(DataSource dataSource, Dialect dialect) {
        Migrations.apply(dataSource, dialect);
        return new JdbcHistoryStore(dataSource);
    }

    /** The repository a report belongs to in the store: its git remote, else the folder name, else the path. */
    static String repositoryOf(Target target) {
        return target.repository() != null && !target.repository().isBlank() ? target.repository() : target.path();
    }

    /**
     * Records a scan: its repository, commit, time, tool and ruleset versions, the configuration's hash, findings
     * with fingerprints, criterion results, aspect scores, KPIs, and the report as JSON.
     *
     * @param configHash a hash of the configuration the scan ran with, so that a change of results can be told
     *                   apart from a change of configuration
     * @param reportJson the report as {@code cairn scan --format json} writes it
     * @return the new scan's id
     */
    long save(ScanReport report, String configHash, String reportJson);

    /** Scans newest first. */
    List<ScanSummary> scans(ScanQuery query);

    Optional<StoredScan> scan(long id);

    /** The report JSON saved with the scan. */
    Optional<String> reportJson(long id);

    /** Every repository with its latest scan and the aspects of the scan before, by repository name. */
    List<RepositoryState> latest();

    /** The KPIs of every repository's latest scan, by repository name (the server's metrics). */
    Map<String, List<KpiSample>> latestKpis();

    /**
     * The finding counts of every repository's scans since a time, by repository name, oldest first (the
     * portfolio's sparklines): answered from an index alone.
     */
    Map<String, List<FindingCounts>> findingCountsSince(Instant since);

    /**
     * A number that grows with every scan saved, by this process or another: what was built from the store is still
     * true while the number stays the same (the server's page cache). It counts saves, so it is 0 for an empty store.
     */
    long revision();

    /** As {@link #revision()} for one repository's scans; empty when the store has no scan of it. */
    OptionalLong revision(String repository);

    /** A repository's scans and KPIs since a time; empty lists for a repository without scans. */
    Trend trend(String repository, Instant since);

    /**
     * What changed from one scan to another.
     *
     * @throws UnknownScanException when either id names no scan
     */
    ScanDiff diff(long from, long to);

    /**
     * Keeps an API token (only the hash of its secret; see {@link ApiTokens}).
     *
     * @return false when a token of that name exists already; nothing is changed then
     */
    boolean addToken(StoredToken token);

    /** The token with that id, if any. */
    Optional<StoredToken> token(String id);

    /** Succeeds when the database answers a query (the server's readiness). */
    void ping();
}
