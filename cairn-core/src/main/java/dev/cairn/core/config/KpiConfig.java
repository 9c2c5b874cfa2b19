package dev.cairn.core.config;

import dev.cairn.core.history.DeploymentSource;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiTarget;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code kpis:} section of {@code .cairn.yaml}: where deployments come from and the declared targets
 * (the one home of KPI definitions; BIZ-3 reads them).
 *
 * @param deployments the declared deployment source, or null when none is declared (the command line's
 *                    {@code --deployments} or {@link DeploymentSource#DEFAULT} applies)
 * @param targets     one target per KPI, in {@link KpiId} order
 */
public record KpiConfig(DeploymentSource deployments, Map<KpiId, KpiTarget> targets) {
    public static final KpiConfig NONE = new KpiConfig(null, Map.of());

    public KpiConfig {
        EnumMap<KpiId, KpiTarget> copy = new EnumMap<>(KpiId.class);
        copy.putAll(targets);
        targets = Collections.unmodifiableMap(copy);
    }

    public Optional<KpiTarget> target(KpiId kpi) {
        return Optional.ofNullable(targets.get(kpi));
    }

    /** The declared source, else the default ({@code tags:v*}). */
    public DeploymentSource deploymentsOrDefault() {
        return deployments != null ? deployments : DeploymentSource.DEFAULT;
    }
}
