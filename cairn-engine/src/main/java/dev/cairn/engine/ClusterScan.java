package dev.cairn.engine;

import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.InputCounts;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Target;
import dev.cairn.core.model.ToolInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cairn cluster}: the checks on a cluster alone, live or from a snapshot, with the same waivers,
 * report model and reporters as a repository scan. The Level 1 assessment needs the repository, so the
 * report's criteria, aspects and KPIs are empty; {@code cairn scan --cluster-snapshot} joins both.
 */
public final class ClusterScan {
    private final CheckRegistry registry;
    private final Clock clock;
    private final ToolInfo tool;

    public ClusterScan(CheckRegistry registry, Clock clock, ToolInfo tool) {
        this.registry = registry;
        this.clock = clock;
        this.tool = tool;
    }

    public ScanReport scan(ClusterSnapshot cluster, CairnConfig config) {
        long started = System.nanoTime();
        Instant scannedAt = clock.instant();
        LocalDate today = LocalDate.ofInstant(scannedAt, ZoneOffset.UTC);
        CheckRunner runner = new CheckRunner(CheckSelection.configure(registry, config));
        List<Finding> findings = new ArrayList<>(ClusterStage.check(cluster, runner, today));
        Waivers waivers = new Waivers(config.waivers(), today);
        findings = findings.stream().map(waivers::apply).sorted(Finding.ORDER).toList();
        List<Note> notes = new ArrayList<>(ClusterStage.notes(cluster, runner));
        notes.sort(Note.ORDER);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Target target = new Target(cluster.address().value(), cluster.info().context(), null, scannedAt, millis,
                new InputCounts(0, 0, cluster.judged().size(), 0, 0, 0, 0));
        return new ScanReport(ScanReport.SCHEMA_VERSION, tool, target, notes, findings, runner.results(findings),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
