package dev.cairn.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * One problem a check found, at an exact location. Immutable; suppression returns a copy.
 *
 * @param object      the Kubernetes object judged, or null for files that hold no objects
 * @param fingerprint a line-independent identity (see {@code Fingerprints}) for baselines and waivers
 * @param suppressed  why this finding does not count, or null when it counts
 */
public record Finding(
        CheckId checkId,
        String slug,
        Severity severity,
        Aspect aspect,
        List<String> criteria,
        String message,
        Location location,
        ObjectRef object,
        String fingerprint,
        Suppression suppressed) {

    /** Report order: path, line, column, then check id (ARCHITECTURE.md, "Positions"). */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.location().path())
            .thenComparing(f -> f.location().span(), Comparator.nullsFirst(
                    Comparator.comparingInt(Span::startLine).thenComparingInt(Span::startColumn)))
            .thenComparing(Finding::checkId)
            .thenComparing(Finding::location, Location.ORDER)
            .thenComparing(Finding::message);

    public Finding {
        criteria = List.copyOf(criteria);
    }

    public boolean counts() {
        return suppressed == null;
    }

    public Finding suppress(Suppression why) {
        return new Finding(checkId, slug, severity, aspect, criteria, message, location, object, fingerprint, why);
    }
}
