package dev.cairn.checks.config;

import dev.cairn.core.check.Check;
import java.util.List;

/** The checks on configuration and credentials: Secrets, ConfigMaps and container environments. */
public final class ConfigChecks {
    private ConfigChecks() {}

    public static List<Check> all() {
        return List.of(
                new SecretLiteralDataCheck(),
                new ContainerEnvSecretCheck(),
                new ConfigMapSecretCheck());
    }
}
