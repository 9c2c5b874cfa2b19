package dev.cairn.maturity.kpi.git;

import java.util.Arrays;
import java.util.List;

/**
 * Nearest-rank percentiles: the value at rank ceil(p·n) of the sorted values. The median is thus the lower
 * median for an even count, the value DevLake's {@code percent_rank() <= 0.5} queries return.
 */
public final class Percentiles {
    private Percentiles() {}

    public static double of(List<? extends Number> values, double p) {
        if (values.isEmpty()) throw new IllegalArgumentException("no values");
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static double median(List<? extends Number> values) {
        return of(values, 0.5);
    }
}
