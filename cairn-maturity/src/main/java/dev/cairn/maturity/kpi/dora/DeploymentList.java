package dev.cairn.maturity.kpi.dora;

import java.util.List;

/**
 * Deployments in time order, with where they came from and what the reader had to leave out.
 *
 * @param estimatedFrom how a KPI built on them says it was estimated, e.g. {@code git tags matching v*}
 * @param caveats       e.g. tags skipped because they are not on the default branch
 */
public record DeploymentList(List<Deployment> deployments, String estimatedFrom, List<String> caveats) {
    public DeploymentList {
        deployments = List.copyOf(deployments);
        caveats = List.copyOf(caveats);
    }
}
