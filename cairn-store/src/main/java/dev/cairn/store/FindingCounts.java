package dev.cairn.store;

import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many findings of a scan count, by severity, and how many are suppressed. */
public record FindingCounts(int critical, int high, int medium, int low, int info, int suppressed) {
    public static FindingCounts of(List<Finding> findings) {
        Map<Severity, Integer> counted = new EnumMap<>(Severity.class);
        int suppressed = 0;
        for (Finding f : findings) {
            if (f.counts()) {
                counted.merge(f.severity(), 1, Integer::sum);
            } else {
                suppressed++;
            }
        }
        return new FindingCounts(counted.getOrDefault(Severity.CRITICAL, 0), counted.getOrDefault(Severity.HIGH, 0),
                counted.getOrDefault(Severity.MEDIUM, 0), counted.getOrDefault(Severity.LOW, 0),
                counted.getOrDefault(Severity.INFO, 0), suppressed);
    }

    /** The findings that count, whatever their severity. */
    public int counted() {
        return critical + high + medium + low + info;
    }
}
