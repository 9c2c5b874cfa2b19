package dev.cairn.store;

import static dev.cairn.store.Reports.criterion;
import static dev.cairn.store.Reports.finding;
import static dev.cairn.store.Reports.fingerprint;
import static dev.cairn.store.Reports.kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.model.SuppressionKind;
import dev.cairn.core.model.Tier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store on both databases: what goes in comes out, lists, latest, trends, diffs and atomic saves. */
class HistoryStoreTest {
    private static final Instant T1 = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T08:00:00Z");
    private static final Instant T3 = Instant.parse("2026-11-03T08:00:00Z");
    private static final String SHOP = "https://github.com/acme/shop.git";
    private static final String BILLING = "https://github.com/acme/billing.git";

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    private HistoryStore store(Dialect dialect) {
        return HistoryStore.open(databases.fresh(dialect));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void whatIsSavedIsReadBackFieldByField(Dialect dialect) {
        HistoryStore store = store(dialect);
        Finding full = finding("K8S-003", Severity.HIGH, "deploy/web.yaml", 21, fingerprint("full"));
        Finding waived = finding("K8S-014", Severity.MEDIUM, "deploy/web.yaml", 30, fingerprint("waived"))
                .suppress(new Suppression(SuppressionKind.WAIVER, "legacy, replaced in Q3", "team-payments",
                        LocalDate.parse("2027-03-31")));
        Finding wholeFile = new Finding(CheckId.of("DKR-001"), "pin-base-image", Severity.LOW, Aspect.TECHNOLOGY,
                List.of(), "no span, no object", Location.file(SourcePath.of("Dockerfile")), null, fingerprint("file"), null);
        ScanReport report = Reports.of(SHOP, "3f2c1ab0", T1)
                .findings(List.of(full, waived, wholeFile))
                .criteria(List.of(criterion("TEC-8", Aspect.TECHNOLOGY, Outcome.NOT_MET),
                        new CriterionResult("PEO-1", Aspect.PEOPLE, Tier.SUPPORTING, "Sponsor named", Outcome.MET,
                                Confidence.OBSERVED_AND_ATTESTED, "the answer names a sponsor", List.of(),
                                "answer says yes, no CODEOWNERS")))
                .aspects(List.of(new AspectScore(Aspect.PEOPLE, AspectState.INSUFFICIENT_EVIDENCE, null, 0.25),
                        new AspectScore(Aspect.TECHNOLOGY, AspectState.IN_PROGRESS, 67, 1.0)))
                .kpis(List.of(kpi("deployment-frequency", 1.4, "per-week", 2.0, KpiStatus.ON_TRACK),
                        kpi("change-lead-time", null, "hours")))
                .build();

        long id = store.save(report, "c0ffee", "{\"schemaVersion\":\"1\"}");
        StoredScan stored = store.scan(id).orElseThrow();

        assertThat(stored.findings()).containsExactly(full, waived, wholeFile);
        ScanSummary s = stored.summary();
        assertThat(s.id()).isEqualTo(id);
        assertThat(s.repository()).isEqualTo(SHOP);
        assertThat(s.commit()).isEqualTo("3f2c1ab0");
        assertThat(s.scannedAt()).isEqualTo(T1);
        assertThat(s.path()).isEqualTo(".");
        assertThat(s.toolVersion()).isEqualTo("0.1.0");
        assertThat(s.rulesetVersion()).isEqualTo("2026.11");
        assertThat(s.configHash()).isEqualTo("c0ffee");
        assertThat(s.durationMillis()).isEqualTo(420);
        assertThat(s.aspects()).containsExactlyElementsOf(report.aspects());
        assertThat(s.findings()).isEqualTo(new FindingCounts(0, 1, 0, 1, 0, 1));
        assertThat(stored.criteria()).containsExactly(
                new CriterionState("PEO-1", Aspect.PEOPLE, Tier.SUPPORTING, Outcome.MET, Confidence.OBSERVED_AND_ATTESTED,
                        "the answer names a sponsor", "answer says yes, no CODEOWNERS"),
                new CriterionState("TEC-8", Aspect.TECHNOLOGY, Tier.CORE, Outcome.NOT_MET, Confidence.OBSERVED,
                        "TEC-8 is NOT_MET", null));
        assertThat(stored.kpis()).containsExactly(
                new KpiSample("change-lead-time", null, "hours", null, KpiStatus.NO_DATA, "git tags matching v*", "90d", null),
                new KpiSample("deployment-frequency", 1.4, "per-week", "weekly", KpiStatus.ON_TRACK, "git tags matching v*",
                        "90d", 2.0));
        assertThat(store.reportJson(id)).contains("{\"schemaVersion\":\"1\"}");
        assertThat(store.scan(id + 1)).isEmpty();
        assertThat(store.reportJson(id + 1)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aScanWithNothingInItIsStillAScan(Dialect dialect) {
        HistoryStore store = store(dialect);

        long id = store.save(Reports.of("shop", null, T1).build(), "e3b0c442", "{}");

        StoredScan stored = store.scan(id).orElseThrow();
        assertThat(stored.summary().commit()).isNull();
        assertThat(stored.summary().aspects()).isEmpty();
        assertThat(stored.summary().findings()).isEqualTo(new FindingCounts(0, 0, 0, 0, 0, 0));
        assertThat(stored.findings()).isEmpty();
        assertThat(stored.criteria()).isEmpty();
        assertThat(stored.kpis()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void everySaveCountsUpTheRevisionOfTheStoreAndOfItsRepositoryEvenAScanRecordedLate(Dialect dialect) {
        HistoryStore store = store(dialect);
        assertThat(store.revision()).isZero();
        assertThat(store.revision(SHOP)).isEmpty();

        store.save(Reports.of(SHOP, "a2", T2).build(), "h", "{}");
        store.save(Reports.of(BILLING, "b2", T2).build(), "h", "{}");
        assertThat(store.revision()).isEqualTo(2);
        assertThat(store.revision(SHOP)).hasValue(1);

        // older than the latest and the previous scan: no pointer moves, yet the sparklines change
        store.save(Reports.of(SHOP, "a3", T3).build(), "h", "{}");
        store.save(Reports.of(SHOP, "a1", T1).build(), "h", "{}");
        assertThat(store.revision()).isEqualTo(4);
        assertThat(store.revision(SHOP)).hasValue(3);
        assertThat(store.revision(BILLING)).hasValue(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void scansAreListedNewestFirstAndByRepository(Dialect dialect) {
        HistoryStore store = store(dialect);
        long shop1 = store.save(Reports.of(SHOP, "a1", T1).build(), "h", "{}");
        long shop3 = store.save(Reports.of(SHOP, "a3", T3).build(), "h", "{}");
        long billing2 = store.save(Reports.of(BILLING, "b2", T2).build(), "h", "{}");

        assertThat(store.scans(ScanQuery.all(10))).extracting(ScanSummary::id).containsExactly(shop3, billing2, shop1);
        assertThat(store.scans(ScanQuery.all(2))).extracting(ScanSummary::id).containsExactly(shop3, billing2);
        assertThat(store.scans(new ScanQuery(SHOP, 10))).extracting(ScanSummary::commit).containsExactly("a3", "a1");
        assertThat(store.scans(new ScanQuery("https://github.com/acme/nope.git", 10))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void diffMatchesFindingsByFingerprintAndReportsCriteriaThatChangedState(Dialect dialect) {
        HistoryStore store = store(dialect);
        ScanReport before = Reports.of(SHOP, "a1", T1)
                .findings(List.of(
                        finding("K8S-001", Severity.HIGH, "deploy/a.yaml", 5, fingerprint("a")),
                        finding("K8S-002", Severity.HIGH, "deploy/a.yaml", 9, fingerprint("b")),
                        finding("K8S-003", Severity.MEDIUM, "deploy/b.yaml", 3, fingerprint("c")),
                        finding("K8S-004", Severity.LOW, "deploy/b.yaml", 8, fingerprint("d"))))
                .criteria(List.of(criterion("TEC-8", Aspect.TECHNOLOGY, Outcome.NOT_MET),
                        criterion("POL-1", Aspect.POLICY, Outcome.MET),
                        criterion("PRC-2", Aspect.PROCESS, Outcome.PARTIAL)))
                .build();
        Finding bMoved = finding("K8S-002", Severity.HIGH, "deploy/a.yaml", 14, fingerprint("b")); // lines added above
        ScanReport after = Reports.of(SHOP, "a2", T2)
                .findings(List.of(bMoved,
                        finding("K8S-003", Severity.MEDIUM, "deploy/b.yaml", 3, fingerprint("c")),
                        finding("K8S-005", Severity.HIGH, "deploy/c.yaml", 1, fingerprint("e")),
                        finding("K8S-006", Severity.HIGH, "deploy/c.yaml", 2, fingerprint("f")),
                        finding("K8S-007", Severity.CRITICAL, "deploy/c.yaml", 3, fingerprint("g"))))
                .criteria(List.of(criterion("TEC-8", Aspect.TECHNOLOGY, Outcome.MET),
                        criterion("POL-1", Aspect.POLICY, Outcome.MET),
                        criterion("BIZ-3", Aspect.BUSINESS_OUTCOMES, Outcome.UNKNOWN)))
                .build();
        long a = store.save(before, "h", "{}");
        long b = store.save(after, "h", "{}");

        ScanDiff diff = store.diff(a, b);

        assertThat(diff.from().id()).isEqualTo(a);
        assertThat(diff.to().id()).isEqualTo(b);
        assertThat(diff.added()).extracting(Finding::fingerprint)
                .containsExactly(fingerprint("e"), fingerprint("f"), fingerprint("g"));
        assertThat(diff.fixed()).extracting(Finding::fingerprint).containsExactly(fingerprint("a"), fingerprint("d"));
        assertThat(diff.unchanged()).extracting(Finding::fingerprint).containsExactly(fingerprint("b"), fingerprint("c"));
        assertThat(diff.unchanged().getFirst()).as("unchanged findings as the later scan has them").isEqualTo(bMoved);
        assertThat(diff.criteria()).containsExactly(
                new CriterionChange("BIZ-3", Aspect.BUSINESS_OUTCOMES, null, Outcome.UNKNOWN),
                new CriterionChange("PRC-2", Aspect.PROCESS, Outcome.PARTIAL, null),
                new CriterionChange("TEC-8", Aspect.TECHNOLOGY, Outcome.NOT_MET, Outcome.MET));

        ScanDiff backwards = store.diff(b, a);
        assertThat(backwards.added()).hasSize(2);
        assertThat(backwards.fixed()).hasSize(3);
        assertThat(backwards.unchanged()).extracting(Finding::fingerprint).containsExactly(fingerprint("b"), fingerprint("c"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void diffNamesTheScanItDoesNotHave(Dialect dialect) {
        HistoryStore store = store(dialect);
        long a = store.save(Reports.of(SHOP, "a1", T1).build(), "h", "{}");

        assertThatThrownBy(() -> store.diff(a, a + 7))
                .isInstanceOfSatisfying(UnknownScanException.class, e -> assertThat(e.scanId()).isEqualTo(a + 7))
                .hasMessage("no scan " + (a + 7) + " in the history");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void latestGivesEachRepositoryItsNewestScanAndTheAspectsOfTheOneBefore(Dialect dialect) {
        HistoryStore store = store(dialect);
        store.save(Reports.of(SHOP, "a1", T1).aspects(List.of(tech(40))).build(), "h", "{}");
        long shop2 = store.save(Reports.of(SHOP, "a2", T2).aspects(List.of(tech(67))).build(), "h", "{}");
        long billing = store.save(Reports.of(BILLING, "b1", T2).aspects(List.of(tech(10))).build(), "h", "{}");
        // an older commit's scan recorded last: it is history, not the latest
        store.save(Reports.of(SHOP, "a0", T1.minusSeconds(3600)).aspects(List.of(tech(5))).build(), "h", "{}");

        List<RepositoryState> latest = store.latest();

        assertThat(latest).extracting(RepositoryState::repository).containsExactly(BILLING, SHOP);
        assertThat(latest.get(0).latest().id()).isEqualTo(billing);
        assertThat(latest.get(0).previous()).isEmpty();
        assertThat(latest.get(1).latest().id()).isEqualTo(shop2);
        assertThat(latest.get(1).latest().aspects()).containsExactly(tech(67));
        assertThat(latest.get(1).previous()).containsExactly(tech(40));

        // recorded late again, but newer than the previous scan: now it is the one before the latest
        store.save(Reports.of(SHOP, "a1b", T1.plusSeconds(3600)).aspects(List.of(tech(55))).build(), "h", "{}");
        assertThat(store.latest().get(1).latest().id()).isEqualTo(shop2);
        assertThat(store.latest().get(1).previous()).containsExactly(tech(55));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void writersSavingOneRepositoryAtOnceTakeTurnsAndTheNewestTwoScansEndUpLatestAndPrevious(Dialect dialect)
            throws Exception {
        HistoryDatabase database = databases.fresh(dialect);
        HistoryStore store = HistoryStore.open(database);
        // two writers, each with its own connections, saving interleaved times of one repository
        var pool = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    int score = 2 * i + writer; // times 0..19 hours, each once
                    store.save(Reports.of(SHOP, "c" + score, T1.plusSeconds(3600L * score))
                            .aspects(List.of(tech(score))).build(), "h", "{}");
                }
            }));
        }
        for (var f : writers) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(store.scans(ScanQuery.all(100))).hasSize(20);
        RepositoryState shop = store.latest().getFirst();
        assertThat(shop.latest().aspects()).containsExactly(tech(19));
        assertThat(shop.previous()).containsExactly(tech(18));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void trendGivesScoresAndKpisOldestFirstSinceTheTimeAsked(Dialect dialect) {
        HistoryStore store = store(dialect);
        for (int day = 0; day < 3; day++) {
            store.save(Reports.of(SHOP, "c" + day, T1.plusSeconds(86_400L * day)).aspects(List.of(tech(50 + day)))
                    .kpis(List.of(kpi("deployment-frequency", 1.0 + day, "per-week"),
                            kpi("request-coverage", 80.0 + day, "percent")))
                    .build(), "h", "{}");
        }
        store.save(Reports.of(BILLING, "b", T3).kpis(List.of(kpi("deployment-frequency", 9.0, "per-week"))).build(), "h", "{}");

        Trend trend = store.trend(SHOP, T2);

        assertThat(trend.scans()).extracting(ScanSummary::commit).containsExactly("c1", "c2");
        assertThat(trend.scans()).extracting(s -> s.aspects().getFirst().score()).containsExactly(51, 52);
        assertThat(trend.kpis()).extracting(KpiPoint::kpiId, KpiPoint::value, KpiPoint::scannedAt).containsExactly(
                tuple("deployment-frequency", 2.0, T2),
                tuple("deployment-frequency", 3.0, T3),
                tuple("request-coverage", 81.0, T2),
                tuple("request-coverage", 82.0, T3));
        assertThat(store.trend("never-scanned", T1).scans()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void latestKpisAreThoseOfEachRepositorysNewestScanAndFindingCountsSinceSpanAllRepositories(Dialect dialect) {
        HistoryStore store = store(dialect);
        store.save(Reports.of(SHOP, "a1", T1).kpis(List.of(kpi("deployment-frequency", 1.0, "per-week"))).build(), "h", "{}");
        store.save(Reports.of(SHOP, "a2", T2).kpis(List.of(kpi("deployment-frequency", 2.0, "per-week"),
                kpi("request-coverage", 75.0, "percent", 90.0, KpiStatus.OFF_TRACK))).build(), "h", "{}");
        store.save(Reports.of(BILLING, "b1", T3).kpis(List.of(kpi("change-lead-time", null, "hours"))).build(), "h", "{}");
        store.save(Reports.of("no-kpis", "n1", T3).build(), "h", "{}");

        var kpis = store.latestKpis();

        assertThat(kpis).containsOnlyKeys(BILLING, SHOP);
        assertThat(kpis.get(SHOP)).extracting(KpiSample::id, KpiSample::value, KpiSample::status, KpiSample::target)
                .containsExactly(tuple("deployment-frequency", 2.0, KpiStatus.NO_DATA, null),
                        tuple("request-coverage", 75.0, KpiStatus.OFF_TRACK, 90.0));
        assertThat(kpis.get(BILLING)).extracting(KpiSample::id, KpiSample::value)
                .containsExactly(tuple("change-lead-time", null));
        var counts = store.findingCountsSince(T2);
        assertThat(counts).containsOnlyKeys(BILLING, SHOP, "no-kpis");
        assertThat(counts.get(SHOP)).containsExactly(new FindingCounts(0, 0, 0, 0, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void findingCountsSinceAreEachRepositorysOldestFirst(Dialect dialect) {
        HistoryStore store = store(dialect);
        Finding high = finding("K8S-003", Severity.HIGH, "deploy/web.yaml", 21, fingerprint("h"));
        Finding low = finding("DKR-001", Severity.LOW, "Dockerfile", 1, fingerprint("l"));
        store.save(Reports.of(SHOP, "a3", T3).findings(List.of(low)).build(), "h", "{}");
        store.save(Reports.of(SHOP, "a1", T1).findings(List.of(high, low)).build(), "h", "{}");
        store.save(Reports.of(SHOP, "a2", T2).findings(List.of(high)).build(), "h", "{}");

        assertThat(store.findingCountsSince(T2).get(SHOP)).containsExactly(new FindingCounts(0, 1, 0, 0, 0, 0),
                new FindingCounts(0, 0, 0, 1, 0, 0));
        assertThat(store.findingCountsSince(T1).get(SHOP)).extracting(FindingCounts::counted).containsExactly(2, 1, 1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void aSaveThatFailsHalfWayLeavesNothingBehind(Dialect dialect) throws SQLException {
        HistoryDatabase database = databases.fresh(dialect);
        HistoryStore store = HistoryStore.open(database);
        long earlier = store.save(Reports.of(SHOP, "a1", T1).findings(List.of(
                finding("K8S-001", Severity.HIGH, "a.yaml", 1, fingerprint("x")))).build(), "h", "{}");
        // The criteria are written after the findings; a duplicate id breaks the save there.
        ScanReport broken = Reports.of(SHOP, "a2", T2)
                .findings(List.of(finding("K8S-002", Severity.HIGH, "a.yaml", 2, fingerprint("y")),
                        finding("K8S-003", Severity.HIGH, "a.yaml", 3, fingerprint("z"))))
                .criteria(List.of(criterion("TEC-8", Aspect.TECHNOLOGY, Outcome.MET),
                        criterion("TEC-8", Aspect.TECHNOLOGY, Outcome.MET)))
                .build();

        assertThatThrownBy(() -> store.save(broken, "h", "{}"))
                .isInstanceOf(HistoryException.class).hasMessageStartingWith("cannot record the scan: ");

        assertThat(store.scans(ScanQuery.all(10))).extracting(ScanSummary::id).containsExactly(earlier);
        assertThat(store.latest().getFirst().latest().id()).isEqualTo(earlier);
        assertThat(count(database, "finding")).isEqualTo(1);
        assertThat(count(database, "scan_report")).isEqualTo(1);
        assertThat(store.save(Reports.of(SHOP, "a3", T3).build(), "h", "{}")).as("the store is still usable").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void reopeningMigratesNothingTwiceAndKeepsTheScans(Dialect dialect) throws SQLException {
        HistoryDatabase database = databases.fresh(dialect);
        long id = HistoryStore.open(database).save(Reports.of(SHOP, "a1", T1).build(), "h", "{}");

        HistoryStore again = HistoryStore.open(database);

        assertThat(again.scans(ScanQuery.all(10))).extracting(ScanSummary::id).containsExactly(id);
        assertThat(count(database, Migrations.HISTORY_TABLE + " WHERE success = " + (dialect == Dialect.SQLITE ? "1" : "true")))
                .isEqualTo(Long.parseLong(Migrations.LATEST));
    }

    private static AspectScore tech(int score) {
        return new AspectScore(Aspect.TECHNOLOGY, AspectState.IN_PROGRESS, score, 0.5);
    }

    static long count(HistoryDatabase database, String tableAndCondition) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + tableAndCondition)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
