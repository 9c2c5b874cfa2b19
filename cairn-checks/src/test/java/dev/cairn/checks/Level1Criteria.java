package dev.cairn.checks;

import java.util.Map;

/**
 * The criterion ids of cnmm-level1.md with their counts per aspect, so that a check cannot cite a
 * criterion that does not exist. The maturity catalog replaces this once it lands.
 */
final class Level1Criteria {
    private static final Map<String, Integer> COUNTS = Map.of("PEO", 12, "PRC", 17, "POL", 8, "TEC", 35, "BIZ", 8);

    private Level1Criteria() {}

    static boolean exists(String id) {
        String[] parts = id.split("-");
        Integer count = COUNTS.get(parts[0]);
        if (count == null || parts.length != 2) {
            return false;
        }
        int n = Integer.parseInt(parts[1]);
        return n >= 1 && n <= count;
    }
}
