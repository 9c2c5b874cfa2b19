package dev.cairn.maturity.kpi.git;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a KPI is computed over: {@code [start, end)}, where {@code end} is "now" as the caller
 * passed it (KPI calculators never read the clock).
 *
 * @param label how the window reads in a report: {@code 90d}, {@code since 2026-01-01}, {@code all}
 */
public record KpiWindow(Instant start, Instant end, String label) {
    public static final String DEFAULT = "90d";
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,5})([dwmy])");

    public KpiWindow {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a window must end after it starts");
        }
    }

    /**
     * {@code 90d}, {@code 12w}, {@code 3m} (30 days each), {@code 1y} (365 days), an ISO date
     * ({@code 2026-01-01}, from its start in UTC) or {@code all} (from the epoch).
     */
    public static KpiWindow parse(String text, Instant now) {
        String t = text == null ? DEFAULT : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("all")) {
            return new KpiWindow(Instant.EPOCH, now, "all");
        }
        Matcher m = RELATIVE.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            long days = switch (m.group(2)) {
                case "d" -> n;
                case "w" -> n * 7;
                case "m" -> n * 30;
                default -> n * 365;
            };
            if (days <= 0) throw new IllegalArgumentException("--since needs a positive length, e.g. 90d");
            return new KpiWindow(now.minus(Duration.ofDays(days)), now, t);
        }
        try {
            Instant start = LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (!start.isBefore(now)) throw new IllegalArgumentException("--since " + t + " is not in the past");
            return new KpiWindow(start, now, "since " + t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since takes 90d, 12w, 6m, 1y, a date like 2026-01-01, or all; not '" + text + "'");
        }
    }

    public static KpiWindow days(long days, Instant now) {
        return new KpiWindow(now.minus(Duration.ofDays(days)), now, days + "d");
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public double lengthDays() {
        return length().toSeconds() / 86_400.0;
    }

    /**
     * Where history should be read from so that deployments early in the window still find the deployment
     * before them: one more window length back (at most the epoch).
     */
    public Instant historyStart() {
        Instant s = start.minus(length());
        return s.isBefore(Instant.EPOCH) ? Instant.EPOCH : s;
    }
}
