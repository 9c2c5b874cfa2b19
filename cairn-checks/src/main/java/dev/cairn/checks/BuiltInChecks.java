package dev.cairn.checks;

import dev.cairn.checks.image.ImageTagCheck;
import dev.cairn.checks.k8s.DefaultNamespaceCheck;
import dev.cairn.checks.k8s.HostNamespacesCheck;
import dev.cairn.checks.k8s.HostPathVolumeCheck;
import dev.cairn.checks.k8s.MemoryLimitCheck;
import dev.cairn.checks.k8s.PrivilegeEscalationCheck;
import dev.cairn.checks.k8s.PrivilegedContainerCheck;
import dev.cairn.checks.k8s.ReadinessProbeCheck;
import dev.cairn.checks.k8s.RunAsNonRootCheck;
import dev.cairn.checks.tool.ParseErrorCheck;
import dev.cairn.core.check.CheckRegistry;
import java.util.List;

/**
 * The explicit list of built-in checks. Adding a check means adding it here; nothing is found by
 * classpath scanning. The ruleset version changes whenever a check is added or its behaviour changes.
 */
public final class BuiltInChecks {
    public static final String RULESET_VERSION = "2026.11.1";

    private BuiltInChecks() {}

    public static CheckRegistry registry() {
        return new CheckRegistry(List.of(
                new PrivilegedContainerCheck(),
                new PrivilegeEscalationCheck(),
                new RunAsNonRootCheck(),
                new HostNamespacesCheck(),
                new HostPathVolumeCheck(),
                new ImageTagCheck(),
                new ReadinessProbeCheck(),
                new MemoryLimitCheck(),
                new DefaultNamespaceCheck(),
                new ParseErrorCheck()));
    }
}
