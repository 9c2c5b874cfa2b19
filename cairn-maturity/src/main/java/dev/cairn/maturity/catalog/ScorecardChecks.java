package dev.cairn.maturity.catalog;

import java.util.List;
import java.util.Set;

/**
 * The checks of OpenSSF Scorecard (v5), by the names Scorecard prints: a criterion's {@code scorecard} list
 * may name only these, so that the table for teams coming from Scorecard has no misspelt rows.
 */
public final class ScorecardChecks {
    /** Every Scorecard check, in Scorecard's own (alphabetical) order. */
    public static final List<String> ALL = List.of("Binary-Artifacts", "Branch-Protection", "CI-Tests",
            "CII-Best-Practices", "Code-Review", "Contributors", "Dangerous-Workflow", "Dependency-Update-Tool",
            "Fuzzing", "License", "Maintained", "Packaging", "Pinned-Dependencies", "SAST", "SBOM", "Security-Policy",
            "Signed-Releases", "Token-Permissions", "Vulnerabilities", "Webhooks");

    private static final Set<String> NAMES = Set.copyOf(ALL);

    private ScorecardChecks() {}

    public static boolean isCheck(String name) {
        return NAMES.contains(name);
    }
}
