package dev.cairn.core.ci;

import static dev.cairn.core.ci.StepKind.*;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How Trivy's {@code --scanners} and {@code --format} change what a scan does, for the command line and for
 * aquasecurity/trivy-action alike: {@code secret} and {@code misconfig} scanners add secret and config
 * scanning, a scanner list without {@code vuln} drops the vulnerability scan, and a CycloneDX or SPDX format
 * makes an SBOM (an inventory, not a vulnerability report).
 */
final class TrivyOptions {
    private TrivyOptions() {}

    static Set<StepKind> apply(Set<StepKind> base, String scanners, String format) {
        Set<StepKind> kinds = base.isEmpty() ? EnumSet.noneOf(StepKind.class) : EnumSet.copyOf(base);
        if (scanners != null) {
            String s = scanners.toLowerCase(Locale.ROOT);
            if (!s.contains("vuln")) {
                kinds.removeAll(Set.of(VULNERABILITY_SCAN, DEPENDENCY_SCAN));
            }
            if (s.contains("secret")) kinds.add(SECRET_SCAN);
            if (s.contains("misconfig") || s.contains("config")) kinds.add(CONFIG_SCAN);
        }
        if (format != null) {
            String f = format.toLowerCase(Locale.ROOT);
            if (f.startsWith("cyclonedx") || f.startsWith("spdx")) {
                kinds.add(SBOM);
                if (scanners == null) kinds.removeAll(Set.of(VULNERABILITY_SCAN, DEPENDENCY_SCAN));
            }
        }
        return kinds;
    }
}
