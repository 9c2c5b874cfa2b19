package dev.cairn.core.history;

/** Bot authors, excluded from every git KPI: a {@code [bot]} suffix, dependabot, renovate, github-actions. */
public final class Bots {
    private Bots() {}

    public static boolean isBot(String name, String email) {
        String n = name == null ? "" : name.strip();
        String e = email == null ? "" : email;
        return n.regionMatches(true, Math.max(0, n.length() - 5), "[bot]", 0, 5) && n.length() >= 5
                || contains(e, "[bot]@") || mentions(n) || mentions(e);
    }

    private static boolean mentions(String s) {
        return contains(s, "dependabot") || contains(s, "renovate") || contains(s, "github-actions");
    }

    /** Case-insensitive (ASCII) substring test without allocating. */
    private static boolean contains(String s, String lowerNeedle) {
        int n = lowerNeedle.length();
        for (int i = 0, last = s.length() - n; i <= last; i++) {
            if (s.regionMatches(true, i, lowerNeedle, 0, n)) return true;
        }
        return false;
    }
}
