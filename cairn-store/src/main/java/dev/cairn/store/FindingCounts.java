package dev.cairn.store;

import dev.cairn.core.model.Finding;
import java.util.List;

/** How many findings of a scan count, by severity, and how many are suppressed. */
public record FindingCounts(int critical, int high, int medium, int low, int info, int suppressed) {
    public static FindingCounts of(List<Finding> findings) {
        int[] bySeverity = new int[5];
        int suppressed = 0;
        for (Finding f : findings) {
            if (f.counts()) {
                bySeverity[f.severity().ordinal()]++;
            } else {
                suppressed++;
            }
        }
        return new FindingCounts(bySeverity[4], bySeverity[3], bySeverity[2], bySeverity[1], bySeverity[0], suppressed);
    }

    /** The findings that count, whatever their severity. */
    public int counted() {
        return critical + high + medium + low + info;
    }
}
