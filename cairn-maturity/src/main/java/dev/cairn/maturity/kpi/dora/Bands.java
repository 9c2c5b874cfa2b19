package dev.cairn.maturity.kpi.dora;

/**
 * The DORA 2023 bands as DevLake documents them (cnmm-level1.md §4.1b): {@code elite}, {@code high},
 * {@code medium}, {@code low}.
 */
public final class Bands {
    public static final String ELITE = "elite";
    public static final String HIGH = "high";
    public static final String MEDIUM = "medium";
    public static final String LOW = "low";

    private static final double HOUR = 1;
    private static final double DAY = 24;
    private static final double WEEK = 7 * DAY;
    private static final double SIX_MONTHS = 183 * DAY;

    private Bands() {}

    /** Median deployment-days per week ≥ 7 elite, ≥ 1 high; median deployment-days per month ≥ 1 medium; else low. */
    public static String deploymentFrequency(double medianDaysPerWeek, double medianDaysPerMonth) {
        if (medianDaysPerWeek >= 7) return ELITE;
        if (medianDaysPerWeek >= 1) return HIGH;
        if (medianDaysPerMonth >= 1) return MEDIUM;
        return LOW;
    }

    /** Less than 1 hour elite, 1 week high, 6 months medium; else low. */
    public static String leadTime(double hours) {
        if (hours < HOUR) return ELITE;
        if (hours < WEEK) return HIGH;
        if (hours < SIX_MONTHS) return MEDIUM;
        return LOW;
    }

    /** At most 5 % elite, 10 % high, 15 % medium; else low. */
    public static String changeFailureRate(double percent) {
        if (percent <= 5) return ELITE;
        if (percent <= 10) return HIGH;
        if (percent <= 15) return MEDIUM;
        return LOW;
    }

    /** Less than 1 hour elite, 1 day high, 1 week medium; else low. */
    public static String recoveryTime(double hours) {
        if (hours < HOUR) return ELITE;
        if (hours < DAY) return HIGH;
        if (hours < WEEK) return MEDIUM;
        return LOW;
    }
}
