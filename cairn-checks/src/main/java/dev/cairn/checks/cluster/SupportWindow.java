package dev.cairn.checks.cluster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Until when upstream Kubernetes supports each minor release, as data a team can update in
 * {@code checks.params.CLU-002} without a new cairn. The default table was taken from the
 * kubernetes.io release page on {@link #DEFAULT_AS_OF}; end dates of releases still supported then are
 * the announced ones.
 *
 * @param asOf     when the table was last checked, shown in messages
 * @param releases minor versions such as {@code "1.33"} with their end of support, {@code YYYY-MM-DD}
 */
public record SupportWindow(String asOf, List<Release> releases) {
    static final String DEFAULT_AS_OF = "2026-11-23";

    public SupportWindow {
        releases = List.copyOf(releases);
        date(asOf, "asOf");
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("releases must list at least one minor version");
        }
    }

    /** @param endOfLife the last day of upstream patch releases */
    public record Release(String version, String endOfLife) {
        public Release {
            if (version == null || !version.matches("1\\.[0-9]{1,3}")) {
                throw new IllegalArgumentException("version must be a minor version such as \"1.33\", not \"" + version + "\"");
            }
            date(endOfLife, "endOfLife of " + version);
        }

        int minor() {
            return Integer.parseInt(version.substring(2));
        }

        LocalDate end() {
            return LocalDate.parse(endOfLife);
        }
    }

    public static SupportWindow upstream() {
        return new SupportWindow(DEFAULT_AS_OF, List.of(
                new Release("1.29", "2025-02-28"),
                new Release("1.30", "2025-06-28"),
                new Release("1.31", "2025-10-28"),
                new Release("1.32", "2026-02-28"),
                new Release("1.33", "2026-06-28"),
                new Release("1.34", "2026-10-27"),
                new Release("1.35", "2027-02-28"),
                new Release("1.36", "2027-06-28"),
                new Release("1.37", "2027-10-28")));
    }

    Optional<Release> release(int minor) {
        return releases.stream().filter(r -> r.minor() == minor).findFirst();
    }

    /** The releases still supported on a day, oldest first. */
    List<Release> supportedOn(LocalDate day) {
        return releases.stream().filter(r -> !r.end().isBefore(day)).sorted(Comparator.comparingInt(Release::minor)).toList();
    }

    int oldestListed() {
        return releases.stream().mapToInt(Release::minor).min().orElseThrow();
    }

    private static void date(String value, String what) {
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(what + " must be a date YYYY-MM-DD, not \"" + value + "\"");
        }
    }
}
