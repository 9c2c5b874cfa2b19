package dev.cairn.checks.reliability;

import dev.cairn.core.check.Check;
import java.util.List;

/** The checks that keep replicated workloads available through voluntary disruptions and releases. */
public final class ReliabilityChecks {
    private ReliabilityChecks() {}

    public static List<Check> all() {
        return List.of(new WorkloadDisruptionBudgetCheck(), new UpdateStrategyCheck(), new DisruptionBudgetEvictionCheck());
    }
}
