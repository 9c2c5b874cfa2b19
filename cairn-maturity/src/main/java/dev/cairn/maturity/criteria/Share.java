package dev.cairn.maturity.criteria;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * How many of a set of changes show a property, e.g. 7 of 10 landed changes reference a ticket.
 *
 * @param matching how many show it
 * @param total    how many were looked at
 */
public record Share(int matching, int total) {
    /** Fewer changes than this say nothing about how a team works: a share of them is not judged. */
    public static final int MIN_CHANGES = 5;

    public static <T> Share of(Collection<T> items, Predicate<T> property) {
        return new Share((int) items.stream().filter(property).count(), items.size());
    }

    /** Whether there are enough changes to judge the share. */
    public boolean judgeable() {
        return total >= MIN_CHANGES;
    }

    /** Whether at least the given fraction (0 to 1) of the changes show the property. */
    public boolean atLeast(double fraction) {
        return total > 0 && matching >= fraction * total;
    }

    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * matching / total);
    }

    /**
     * The share as a summary starts: "7 of 10 (70%) changes", "only 2 of 10 (20%) changes" when it falls short,
     * or "none of the 10 changes".
     */
    public String describe(String things, boolean fallsShort) {
        if (matching == 0) {
            return "none of the " + total + " " + things;
        }
        return (fallsShort ? "only " : "") + this + " " + things;
    }

    /** "7 of 10 (70%)". */
    @Override
    public String toString() {
        return matching + " of " + total + " (" + percent() + "%)";
    }
}
