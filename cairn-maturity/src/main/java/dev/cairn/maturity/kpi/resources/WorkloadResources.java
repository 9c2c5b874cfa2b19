package dev.cairn.maturity.kpi.resources;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import java.math.BigDecimal;
import java.util.List;

/**
 * The compact resource summary of one workload: what the cost and coverage KPIs need, without its tree.
 *
 * @param replicas           {@code spec.replicas} (or a Job's {@code parallelism}) when written as an integer,
 *                           else null (Kubernetes' default of 1 applies)
 * @param containers         app containers, including native sidecars (init containers with
 *                           {@code restartPolicy: Always}, which run as long as the pod)
 * @param initContainers     the other init containers, reported separately
 * @param claimTemplateBytes storage requested per replica by a StatefulSet's {@code volumeClaimTemplates}
 * @param invalidQuantities  cpu or memory quantities that are not valid Kubernetes quantities
 */
public record WorkloadResources(ObjectRef ref, Location location, String variant, WorkloadType type,
        Integer replicas, List<ContainerResources> containers, List<ContainerResources> initContainers,
        BigDecimal claimTemplateBytes, int invalidQuantities) implements ResourceFact {
    public WorkloadResources {
        containers = List.copyOf(containers);
        initContainers = List.copyOf(initContainers);
        if (claimTemplateBytes == null) {
            claimTemplateBytes = BigDecimal.ZERO;
        }
    }
}
