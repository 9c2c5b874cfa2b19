package dev.cairn.store;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes one scan, all of it in the caller's transaction. */
final class ScanWriter {
    /** Rows per JDBC batch: large enough to save round trips, small enough to keep statements modest. */
    static final int BATCH = 500;

    private static final String ASPECT_COLUMNS = Arrays.stream(Aspect.values())
            .map(a -> prefix(a) + "_state, " + prefix(a) + "_score, " + prefix(a) + "_coverage")
            .collect(Collectors.joining(", "));

    private static final String INSERT_SCAN = "INSERT INTO scan (repository_id, scanned_at, commit_id, root_path,"
            + " tool_version, ruleset_version, schema_version, config_hash, duration_ms, " + ASPECT_COLUMNS + ","
            + " critical_findings, high_findings, medium_findings, low_findings, info_findings, suppressed_findings)"
            + " VALUES (" + "?, ".repeat(9 + 3 * Aspect.values().length + 5) + "?) RETURNING id";

    private static final String INSERT_FINDING = "INSERT INTO finding (scan_id, ordinal, fingerprint, check_id, slug,"
            + " severity, aspect, criteria, message, path, start_line, start_column, end_line, end_column, pointer,"
            + " document, object_api_version, object_kind, object_namespace, object_name, suppression_kind,"
            + " suppression_reason, suppression_owner, suppression_expires)"
            + " VALUES (" + "?, ".repeat(23) + "?)";

    private final Connection connection;

    ScanWriter(Connection connection) {
        this.connection = connection;
    }

    /** The column prefix of an aspect: {@code business_outcomes} for {@code BUSINESS_OUTCOMES}. */
    static String prefix(Aspect aspect) {
        return aspect.name().toLowerCase(Locale.ROOT);
    }

    long write(ScanReport report, String configHash, String reportJson) throws SQLException {
        long repositoryId = repositoryId(HistoryStore.repositoryOf(report.target()));
        long scanId = insertScan(repositoryId, report, configHash);
        insertFindings(scanId, report.findings());
        insertCriteria(scanId, report.criteria());
        insertKpis(scanId, repositoryId, report.target().scannedAt().toEpochMilli(), report.kpis());
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO scan_report (scan_id, report_json) VALUES (?, ?)")) {
            ps.setLong(1, scanId);
            ps.setString(2, reportJson);
            ps.executeUpdate();
        }
        movePointers(repositoryId, scanId, report.target().scannedAt().toEpochMilli());
        return scanId;
    }

    /**
     * The repository's id, the row created on its first scan, with its revision counted up. The update makes
     * PostgreSQL lock the row until commit, so two scans of one repository saved at once take turns at its pointers
     * (SQLite's immediate transactions serialise writers anyway).
     */
    private long repositoryId(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO repository (name, revision) VALUES (?, 1)"
                + " ON CONFLICT (name) DO UPDATE SET revision = repository.revision + 1 RETURNING id")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Keeps the repository's latest and previous scan pointing at its two newest scans by (time, id). A scan
     * recorded late (an older commit scanned afterwards) becomes the previous one only if it is newer than it.
     */
    private void movePointers(long repositoryId, long scanId, long scannedAt) throws SQLException {
        Long latestId;
        long latestAt;
        Long previousId;
        long previousAt;
        try (PreparedStatement ps = connection.prepareStatement("SELECT r.latest_scan_id, l.scanned_at,"
                + " r.previous_scan_id, p.scanned_at FROM repository r LEFT JOIN scan l ON l.id = r.latest_scan_id"
                + " LEFT JOIN scan p ON p.id = r.previous_scan_id WHERE r.id = ?")) {
            ps.setLong(1, repositoryId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                latestId = nullableLong(rs, 1);
                latestAt = rs.getLong(2);
                previousId = nullableLong(rs, 3);
                previousAt = rs.getLong(4);
            }
        }
        // the new scan has the highest id, so on equal times it is the newer one
        if (latestId == null || scannedAt >= latestAt) {
            setPointers(repositoryId, scanId, latestId);
        } else if (previousId == null || scannedAt >= previousAt) {
            setPointers(repositoryId, latestId, scanId);
        }
    }

    private void setPointers(long repositoryId, long latest, Long previous) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE repository SET latest_scan_id = ?, previous_scan_id = ? WHERE id = ?")) {
            ps.setLong(1, latest);
            if (previous == null) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, previous);
            }
            ps.setLong(3, repositoryId);
            ps.executeUpdate();
        }
    }

    private long insertScan(long repositoryId, ScanReport report, String configHash) throws SQLException {
        Target target = report.target();
        try (PreparedStatement ps = connection.prepareStatement(INSERT_SCAN)) {
            int i = 0;
            ps.setLong(++i, repositoryId);
            ps.setLong(++i, target.scannedAt().toEpochMilli());
            ps.setString(++i, target.commit());
            ps.setString(++i, target.path());
            ps.setString(++i, report.tool().version());
            ps.setString(++i, report.tool().rulesetVersion());
            ps.setString(++i, report.schemaVersion());
            ps.setString(++i, configHash);
            ps.setLong(++i, target.durationMillis());
            for (Aspect aspect : Aspect.values()) {
                AspectScore score = report.aspects().stream().filter(a -> a.aspect() == aspect).findFirst().orElse(null);
                ps.setString(++i, score == null ? null : Codes.of(score.state()));
                setInteger(ps, ++i, score == null ? null : score.score());
                setDouble(ps, ++i, score == null ? null : score.coverage());
            }
            FindingCounts counts = FindingCounts.of(report.findings());
            ps.setInt(++i, counts.critical());
            ps.setInt(++i, counts.high());
            ps.setInt(++i, counts.medium());
            ps.setInt(++i, counts.low());
            ps.setInt(++i, counts.info());
            ps.setInt(++i, counts.suppressed());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void insertFindings(long scanId, List<Finding> findings) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_FINDING)) {
            int ordinal = 0;
            for (Finding f : findings) {
                int i = 0;
                ps.setLong(++i, scanId);
                ps.setInt(++i, ordinal++);
                ps.setString(++i, f.fingerprint());
                ps.setString(++i, f.checkId().value());
                ps.setString(++i, f.slug());
                ps.setString(++i, Codes.of(f.severity()));
                ps.setString(++i, Codes.of(f.aspect()));
                ps.setString(++i, String.join(",", f.criteria()));
                ps.setString(++i, f.message());
                ps.setString(++i, f.location().path().value());
                var span = f.location().span();
                setInteger(ps, ++i, span == null ? null : span.startLine());
                setInteger(ps, ++i, span == null ? null : span.startColumn());
                setInteger(ps, ++i, span == null ? null : span.endLine());
                setInteger(ps, ++i, span == null ? null : span.endColumn());
                ps.setString(++i, f.location().pointer());
                setInteger(ps, ++i, f.location().document());
                var object = f.object();
                ps.setString(++i, object == null ? null : object.apiVersion());
                ps.setString(++i, object == null ? null : object.kind());
                ps.setString(++i, object == null ? null : object.namespace());
                ps.setString(++i, object == null ? null : object.name());
                var why = f.suppressed();
                ps.setString(++i, why == null ? null : Codes.of(why.kind()));
                ps.setString(++i, why == null ? null : why.reason());
                ps.setString(++i, why == null ? null : why.owner());
                ps.setString(++i, why == null || why.expires() == null ? null : why.expires().toString());
                ps.addBatch();
                if (ordinal % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            if (ordinal % BATCH != 0) {
                ps.executeBatch();
            }
        }
    }

    private void insertCriteria(long scanId, List<CriterionResult> criteria) throws SQLException {
        if (criteria.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO criterion_result (scan_id, criterion_id,"
                + " aspect, tier, outcome, confidence, summary, conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CriterionResult c : criteria) {
                ps.setLong(1, scanId);
                ps.setString(2, c.id());
                ps.setString(3, Codes.of(c.aspect()));
                ps.setString(4, Codes.of(c.tier()));
                ps.setString(5, Codes.of(c.outcome()));
                ps.setString(6, Codes.of(c.confidence()));
                ps.setString(7, c.summary());
                ps.setString(8, c.conflict());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertKpis(long scanId, long repositoryId, long scannedAt, List<KpiValue> kpis) throws SQLException {
        if (kpis.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO kpi_value (scan_id, kpi_id, repository_id,"
                + " scanned_at, value, unit, band, status, estimated_from, time_window, target)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (KpiValue k : kpis) {
                ps.setLong(1, scanId);
                ps.setString(2, k.id());
                ps.setLong(3, repositoryId);
                ps.setLong(4, scannedAt);
                setDouble(ps, 5, k.value());
                ps.setString(6, k.unit());
                ps.setString(7, k.band());
                ps.setString(8, Codes.of(k.status()));
                ps.setString(9, k.estimatedFrom());
                ps.setString(10, k.window());
                setDouble(ps, 11, k.target() == null ? null : k.target().target());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }
}
