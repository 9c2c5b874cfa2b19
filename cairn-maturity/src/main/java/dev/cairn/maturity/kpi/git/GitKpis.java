package dev.cairn.maturity.kpi.git;

import dev.cairn.core.history.GitHistory;
import dev.cairn.core.model.KpiValue;
import dev.cairn.maturity.kpi.delivery.DeliveryKpis;
import dev.cairn.maturity.kpi.dora.DeploymentList;
import dev.cairn.maturity.kpi.dora.Dora;
import dev.cairn.maturity.kpi.dora.DoraOptions;
import java.util.ArrayList;
import java.util.List;

/** Every KPI cairn estimates from git: the DORA four keys, then delivery and effort. Pure. */
public final class GitKpis {
    private GitKpis() {}

    public static List<KpiValue> compute(GitHistory history, DeploymentList deployments, KpiWindow window, DoraOptions options) {
        List<KpiValue> out = new ArrayList<>(Dora.compute(history, deployments, window, options).kpis());
        out.addAll(DeliveryKpis.compute(history, window));
        return out;
    }
}
