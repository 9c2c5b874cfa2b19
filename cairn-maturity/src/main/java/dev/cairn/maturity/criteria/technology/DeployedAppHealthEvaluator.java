package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.util.Optional;

/**
 * TEC-33: the app deploys cleanly and its network paths work: available Deployments, Services with ready
 * endpoints, an Ingress with an address, ready pods with few restarts, no recent scheduling, pull or
 * crash-loop events. Only a live cluster or a snapshot of one ({@code --cluster-snapshot}) shows this;
 * without one the verdict is UNKNOWN.
 */
public final class DeployedAppHealthEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "TEC-33";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        Optional<ClusterSnapshot> cluster = evidence.cluster();
        if (cluster.isEmpty()) {
            return Observation.unknown("needs a live cluster or a cluster snapshot to see whether the app is available and reachable");
        }
        AppHealth health = AppHealth.of(cluster.get());
        String context = cluster.get().info().context();
        if (!health.judged()) {
            return Observation.unknown("cluster " + context + " runs no application Deployments, pods, Services or Ingresses to judge");
        }
        if (!health.problems().isEmpty()) {
            int n = health.problems().size();
            return Observation.notMet("cluster " + context + ": " + n + (n == 1 ? " sign" : " signs")
                    + " that the app is not healthy or reachable, first " + health.problems().get(0).object().display()
                    + ": " + health.problems().get(0).summary(), health.problems());
        }
        return Observation.met("cluster " + context + ": " + health.healthy().size()
                + " objects healthy (Deployments available, pods ready, Services with endpoints, Ingresses with an address)",
                health.healthy());
    }
}
