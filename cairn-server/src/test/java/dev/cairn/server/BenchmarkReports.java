package dev.cairn.server;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.AspectScore;
import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The made-up scans of the dashboard benchmark: the same report for the same repository and day whichever thread
 * makes it, so a load that stopped half-way resumes with the data it would have had.
 *
 * @param findings  findings per scan
 * @param criteria  criterion results per scan
 */
record BenchmarkReports(int findings, int criteria) {
    static final int KPIS = 10;

    static String repository(int index) {
        return "https://github.com/acme/service-" + index + ".git";
    }

    /** The scan of repository {@code index} taken at {@code at}; {@code seed} picks its findings and scores. */
    ScanReport report(int index, Instant at, long seed) {
        Random random = new Random(seed);
        List<Finding> list = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int i = 0; i < findings; i++) {
            list.add(TestReports.finding(String.format(Locale.ROOT, "K8S-%03d", 1 + random.nextInt(60)),
                    severities[random.nextInt(severities.length)], "deploy/app-" + (i % 7) + ".yaml", 1 + random.nextInt(400),
                    "container " + i + " has a finding the benchmark made up"));
        }
        List<CriterionResult> verdicts = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < criteria; i++) {
            Aspect aspect = Aspect.values()[i % Aspect.values().length];
            verdicts.add(TestReports.criterion(aspect.criterionPrefix() + "-" + (1 + i / Aspect.values().length), aspect,
                    outcomes[random.nextInt(outcomes.length)]));
        }
        List<AspectScore> aspects = new ArrayList<>();
        for (Aspect a : Aspect.values()) {
            aspects.add(TestReports.aspect(a, AspectState.values()[random.nextInt(AspectState.values().length)],
                    random.nextInt(101)));
        }
        List<KpiValue> kpis = new ArrayList<>();
        for (int k = 0; k < KPIS; k++) {
            kpis.add(TestReports.kpi("kpi-" + k, Math.round(random.nextDouble() * 1000) / 10.0, "percent", k % 2 == 0 ? 90.0 : null));
        }
        return TestReports.report(repository(index), Long.toHexString(random.nextLong()), at, list, verdicts, aspects, kpis);
    }
}
