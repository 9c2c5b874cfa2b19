package dev.cairn.checks;

import dev.cairn.checks.image.ImageChecks;
import dev.cairn.checks.k8s.K8sChecks;
import dev.cairn.checks.tool.ToolChecks;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The explicit list of built-in checks, assembled from one list per domain package. Adding a check
 * means adding it to its domain's list; nothing is found by classpath scanning. The ruleset version
 * changes whenever a check is added or its behaviour changes.
 */
public final class BuiltInChecks {
    public static final String RULESET_VERSION = "2026.11.3";

    private BuiltInChecks() {}

    public static CheckRegistry registry() {
        List<Check> all = new ArrayList<>();
        all.addAll(K8sChecks.all());
        all.addAll(dev.cairn.checks.rbac.RbacChecks.all());
        all.addAll(dev.cairn.checks.network.NetworkChecks.all());
        all.addAll(dev.cairn.checks.config.ConfigChecks.all());
        all.addAll(dev.cairn.checks.reliability.ReliabilityChecks.all());
        all.addAll(dev.cairn.checks.schema.SchemaChecks.all());
        all.addAll(ImageChecks.all());
        all.addAll(dev.cairn.checks.dockerfile.DockerfileChecks.all());
        all.addAll(dev.cairn.checks.cluster.ClusterChecks.all());
        all.addAll(ToolChecks.all());
        return new CheckRegistry(all);
    }
}
