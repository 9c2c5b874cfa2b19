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

    /**
     * Report order: path, line, column, then check id (ARCHITECTURE.md, "Positions"); then the rest of the
     * location and the message, so that the order is total. Written out rather than chained from key
     * extractors: every scan sorts all its findings with it.
     */
    public static final Comparator<Finding> ORDER = Finding::compareInReportOrder;

    private static int compareInReportOrder(Finding a, Finding b) {
        Location la = a.location;
        Location lb = b.location;
        int c = la.path() == lb.path() ? 0 : la.path().compareTo(lb.path());
        if (c != 0) {
            return c;
        }
        Span sa = la.span();
        Span sb = lb.span();
        if (sa != sb) {
            if (sa == null || sb == null) {
                return sa == null ? -1 : 1;
            }
            c = Integer.compare(sa.startLine(), sb.startLine());
            if (c == 0) {
                c = Integer.compare(sa.startColumn(), sb.startColumn());
            }
            if (c != 0) {
                return c;
            }
        }
        c = a.checkId.compareTo(b.checkId);
        if (c == 0) {
            c = Location.ORDER.compare(la, lb);
        }
        return c != 0 ? c : a.message.compareTo(b.message);
    }

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
