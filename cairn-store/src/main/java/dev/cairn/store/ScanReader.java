package dev.cairn.store;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.model.SuppressionKind;
import dev.cairn.core.model.Tier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** The queries of the store, each mapping rows to the records of the read API. */
final class ScanReader {
    /** The columns of a {@link ScanSummary}, for a query over {@code scan s JOIN repository r}. */
    static final String SUMMARY_COLUMNS = "s.id, r.name, s.scanned_at, s.commit_id, s.root_path, s.tool_version,"
            + " s.ruleset_version, s.config_hash, s.duration_ms, "
            + aspectColumns("s") + ", s.critical_findings, s.high_findings, s.medium_findings, s.low_findings,"
            + " s.info_findings, s.suppressed_findings";
    private static final int SUMMARY_WIDTH = 9 + 3 * Aspect.values().length + 6;
    private static final String KPI_COLUMNS = "k.kpi_id, k.value, k.unit, k.band, k.status, k.estimated_from,"
            + " k.time_window, k.target";
    private static final String FROM_SCANS = " FROM scan s JOIN repository r ON r.id = s.repository_id";

    private final Connection connection;

    ScanReader(Connection connection) {
        this.connection = connection;
    }

    static String aspectColumns(String alias) {
        return Arrays.stream(Aspect.values())
                .map(a -> alias + "." + ScanWriter.prefix(a) + "_state, " + alias + "." + ScanWriter.prefix(a) + "_score, "
                        + alias + "." + ScanWriter.prefix(a) + "_coverage")
                .collect(Collectors.joining(", "));
    }

    List<ScanSummary> scans(ScanQuery query) throws SQLException {
        String where = query.repository() == null ? "" : " WHERE r.name = ?";
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + FROM_SCANS + where
                + " ORDER BY s.scanned_at DESC, s.id DESC LIMIT ?")) {
            int i = 0;
            if (query.repository() != null) {
                ps.setString(++i, query.repository());
            }
            ps.setInt(++i, query.limit());
            return summaries(ps);
        }
    }

    Optional<ScanSummary> summary(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + FROM_SCANS + " WHERE s.id = ?")) {
            ps.setLong(1, id);
            return summaries(ps).stream().findFirst();
        }
    }

    List<ScanSummary> scansSince(String repository, Instant since) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + FROM_SCANS
                + " WHERE r.name = ? AND s.scanned_at >= ? ORDER BY s.scanned_at, s.id")) {
            ps.setString(1, repository);
            ps.setLong(2, since.toEpochMilli());
            return summaries(ps);
        }
    }

    /** From the {@code scan_recent_findings} index alone, then named: a month of 500 repositories is 15,000 rows. */
    Map<String, List<FindingCounts>> findingCountsSince(Instant since) throws SQLException {
        Map<Long, List<FindingCounts>> byId = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT repository_id, critical_findings, high_findings,"
                + " medium_findings, low_findings, info_findings, suppressed_findings FROM scan WHERE scanned_at >= ?"
                + " ORDER BY scanned_at, id")) {
            ps.setLong(1, since.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new FindingCounts(rs.getInt(2),
                            rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
                }
            }
        }
        Map<String, List<FindingCounts>> byName = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, name FROM repository");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<FindingCounts> counts = byId.get(rs.getLong(1));
                if (counts != null) {
                    byName.put(rs.getString(2), counts);
                }
            }
        }
        return byName;
    }

    /** The KPIs of each repository's latest scan: a primary-key range of {@code kpi_value} per repository. */
    Map<String, List<KpiSample>> latestKpis() throws SQLException {
        Map<String, List<KpiSample>> byRepository = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT r.name, " + KPI_COLUMNS
                + " FROM repository r JOIN kpi_value k ON k.scan_id = r.latest_scan_id ORDER BY r.name, k.kpi_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byRepository.computeIfAbsent(rs.getString(1), r -> new ArrayList<>()).add(kpi(rs, 2));
            }
        }
        return byRepository;
    }

    /** The sum of the repositories' revisions: each save adds one, so it changes with every save. */
    long revision() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT coalesce(sum(revision), 0) FROM repository");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    OptionalLong revision(String repository) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT revision FROM repository WHERE name = ?")) {
            ps.setString(1, repository);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    Optional<StoredToken> token(String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, name, secret_sha256, created_at FROM api_token WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredToken(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4)))) : Optional.empty();
            }
        }
    }

    void ping() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1"); ResultSet rs = ps.executeQuery()) {
            rs.next();
        }
    }

    List<KpiPoint> kpisSince(String repository, Instant since) throws SQLException {
        // answered from the kpi_value_trend index alone
        try (PreparedStatement ps = connection.prepareStatement("SELECT k.kpi_id, k.scan_id, k.scanned_at, k.value, k.unit,"
                + " k.status FROM kpi_value k JOIN repository r ON r.id = k.repository_id"
                + " WHERE r.name = ? AND k.scanned_at >= ? ORDER BY k.kpi_id, k.scanned_at, k.scan_id")) {
            ps.setString(1, repository);
            ps.setLong(2, since.toEpochMilli());
            List<KpiPoint> points = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    points.add(new KpiPoint(rs.getString(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                            nullableDouble(rs, 4), rs.getString(5), Codes.parse(KpiStatus.class, rs.getString(6))));
                }
            }
            return points;
        }
    }

    /** Each repository's latest scan and the aspects of the one before: two primary-key joins per repository. */
    List<RepositoryState> latest() throws SQLException {
        String sql = "SELECT " + SUMMARY_COLUMNS + ", " + aspectColumns("p")
                + " FROM repository r JOIN scan s ON s.id = r.latest_scan_id"
                + " LEFT JOIN scan p ON p.id = r.previous_scan_id ORDER BY r.name";
        List<RepositoryState> states = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ScanSummary latest = summary(rs);
                states.add(new RepositoryState(latest.repository(), latest, aspects(rs, SUMMARY_WIDTH + 1)));
            }
        }
        return states;
    }

    List<Finding> findings(long scanId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT fingerprint, check_id, slug, severity, aspect,"
                + " criteria, message, path, start_line, start_column, end_line, end_column, pointer, document,"
                + " object_api_version, object_kind, object_namespace, object_name, suppression_kind, suppression_reason,"
                + " suppression_owner, suppression_expires FROM finding WHERE scan_id = ? ORDER BY ordinal")) {
            ps.setLong(1, scanId);
            List<Finding> findings = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.add(finding(rs));
                }
            }
            return findings;
        }
    }

    List<CriterionState> criteria(long scanId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT criterion_id, aspect, tier, outcome, confidence,"
                + " summary, conflict FROM criterion_result WHERE scan_id = ? ORDER BY criterion_id")) {
            ps.setLong(1, scanId);
            List<CriterionState> criteria = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    criteria.add(new CriterionState(rs.getString(1), Codes.parse(Aspect.class, rs.getString(2)),
                            Codes.parse(Tier.class, rs.getString(3)), Codes.parse(Outcome.class, rs.getString(4)),
                            Codes.parse(Confidence.class, rs.getString(5)), rs.getString(6), rs.getString(7)));
                }
            }
            return criteria;
        }
    }

    List<KpiSample> kpis(long scanId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + KPI_COLUMNS
                + " FROM kpi_value k WHERE k.scan_id = ? ORDER BY k.kpi_id")) {
            ps.setLong(1, scanId);
            List<KpiSample> kpis = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kpis.add(kpi(rs, 1));
                }
            }
            return kpis;
        }
    }

    /** A {@link KpiSample} from the {@link #KPI_COLUMNS} starting at column {@code first}. */
    private static KpiSample kpi(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new KpiSample(rs.getString(i), nullableDouble(rs, i + 1), rs.getString(i + 2), rs.getString(i + 3),
                Codes.parse(KpiStatus.class, rs.getString(i + 4)), rs.getString(i + 5), rs.getString(i + 6),
                nullableDouble(rs, i + 7));
    }

    Optional<String> reportJson(long scanId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT report_json FROM scan_report WHERE scan_id = ?")) {
            ps.setLong(1, scanId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static List<ScanSummary> summaries(PreparedStatement ps) throws SQLException {
        List<ScanSummary> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(summary(rs));
            }
        }
        return list;
    }

    private static ScanSummary summary(ResultSet rs) throws SQLException {
        int c = 9 + 3 * Aspect.values().length;
        FindingCounts counts = new FindingCounts(rs.getInt(c + 1), rs.getInt(c + 2), rs.getInt(c + 3), rs.getInt(c + 4),
                rs.getInt(c + 5), rs.getInt(c + 6));
        return new ScanSummary(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), aspects(rs, 10), counts);
    }

    /** The aspects a report scored (state set), from the three columns per aspect starting at {@code first}. */
    private static List<AspectScore> aspects(ResultSet rs, int first) throws SQLException {
        List<AspectScore> aspects = new ArrayList<>();
        int i = first;
        for (Aspect aspect : Aspect.values()) {
            String state = rs.getString(i);
            Integer score = nullableInt(rs, i + 1);
            Double coverage = nullableDouble(rs, i + 2);
            if (state != null) {
                aspects.add(new AspectScore(aspect, Codes.parse(AspectState.class, state), score,
                        coverage == null ? 0.0 : coverage));
            }
            i += 3;
        }
        return aspects;
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        Integer startLine = nullableInt(rs, 9);
        Span span = startLine == null ? null : new Span(startLine, rs.getInt(10), rs.getInt(11), rs.getInt(12));
        Location location = new Location(SourcePath.of(rs.getString(8)), span, rs.getString(13), nullableInt(rs, 14));
        String kind = rs.getString(16);
        ObjectRef object = kind == null ? null : new ObjectRef(rs.getString(15), kind, rs.getString(17), rs.getString(18));
        String suppressionKind = rs.getString(19);
        String expires = rs.getString(22);
        Suppression suppression = suppressionKind == null ? null : new Suppression(
                Codes.parse(SuppressionKind.class, suppressionKind), rs.getString(20), rs.getString(21),
                expires == null ? null : LocalDate.parse(expires));
        String criteria = rs.getString(6);
        return new Finding(CheckId.of(rs.getString(2)), rs.getString(3), Codes.parse(Severity.class, rs.getString(4)),
                Codes.parse(Aspect.class, rs.getString(5)), criteria.isEmpty() ? List.of() : List.of(criteria.split(",")),
                rs.getString(7), location, object, rs.getString(1), suppression);
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
