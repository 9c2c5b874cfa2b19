package dev.cairn.store;

import dev.cairn.core.model.ScanReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** The store over JDBC: one connection per call, one transaction per saved scan. */
final class JdbcHistoryStore implements HistoryStore {
    private final DataSource dataSource;

    JdbcHistoryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long save(ScanReport report, String configHash, String reportJson) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id = new ScanWriter(c).write(report, configHash, reportJson);
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot record the scan", e);
        }
    }

    @Override
    public List<ScanSummary> scans(ScanQuery query) {
        return read(r -> r.scans(query));
    }

    @Override
    public Optional<StoredScan> scan(long id) {
        return read(r -> {
            Optional<ScanSummary> summary = r.summary(id);
            if (summary.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new StoredScan(summary.get(), r.findings(id), r.criteria(id), r.kpis(id)));
        });
    }

    @Override
    public Optional<String> reportJson(long id) {
        return read(r -> r.reportJson(id));
    }

    @Override
    public List<RepositoryState> latest() {
        return read(ScanReader::latest);
    }

    @Override
    public Map<String, List<KpiSample>> latestKpis() {
        return read(ScanReader::latestKpis);
    }

    @Override
    public Map<String, List<FindingCounts>> findingCountsSince(Instant since) {
        return read(r -> r.findingCountsSince(since));
    }

    @Override
    public long revision() {
        return read(ScanReader::revision);
    }

    @Override
    public OptionalLong revision(String repository) {
        return read(r -> r.revision(repository));
    }

    @Override
    public Trend trend(String repository, Instant since) {
        return read(r -> new Trend(repository, r.scansSince(repository, since), r.kpisSince(repository, since)));
    }

    @Override
    public ScanDiff diff(long from, long to) {
        return read(r -> {
            ScanSummary a = r.summary(from).orElseThrow(() -> new UnknownScanException(from));
            ScanSummary b = r.summary(to).orElseThrow(() -> new UnknownScanException(to));
            return Differ.diff(a, r.findings(from), r.criteria(from), b, r.findings(to), r.criteria(to));
        });
    }

    @Override
    public boolean addToken(StoredToken token) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO api_token (id, name, secret_sha256, created_at)"
                     + " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, token.id());
            ps.setString(2, token.name());
            ps.setString(3, token.secretSha256());
            ps.setLong(4, token.createdAt().toEpochMilli());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("cannot keep the token", e);
        }
    }

    @Override
    public Optional<StoredToken> token(String id) {
        return read(r -> r.token(id));
    }

    @Override
    public void ping() {
        read(r -> {
            r.ping();
            return null;
        });
    }

    /** A read over one connection; saved scans never change, so reading one in several queries is consistent. */
    private <T> T read(Query<T> query) {
        try (Connection c = dataSource.getConnection()) {
            return query.run(new ScanReader(c));
        } catch (SQLException e) {
            throw failure("cannot read the history", e);
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static HistoryException failure(String what, SQLException e) {
        return new HistoryException(what + ": " + Failures.message(e), e);
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(ScanReader reader) throws SQLException;
    }
}
