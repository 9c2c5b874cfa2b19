package dev.cairn.maturity.criteria.process;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * PRC-7: the cluster runs a supported Kubernetes version and the manifests avoid removed API versions. Both
 * halves come from checks, read here by id. The manifests: {@code K8S-060} (an API version the target
 * Kubernetes version no longer serves) and {@code K8S-061} (deprecated in it); they serve TEC-26,
 * declarative manifests. The cluster, when one was read (live or a snapshot): {@code CLU-002} (the API server
 * is out of upstream support) and {@code CLU-007} (a kubelet outside the version skew policy).
 * <ul>
 *   <li>NOT_MET: an object uses a removed API version, or the API server is out of support;</li>
 *   <li>PARTIAL: only deprecated API versions, or kubelets outside the skew policy;</li>
 *   <li>MET: whatever was judged is current;</li>
 *   <li>UNKNOWN: no Kubernetes objects and no cluster with a known version.</li>
 * </ul>
 */
public final class SupportedApiVersionsEvaluator implements Evaluator {
    static final CheckId REMOVED = CheckId.of("K8S-060");
    static final CheckId DEPRECATED = CheckId.of("K8S-061");
    static final CheckId SERVER_OUT_OF_SUPPORT = CheckId.of("CLU-002");
    static final CheckId KUBELET_SKEW = CheckId.of("CLU-007");
    private static final String CLUSTER_NOTE = " (the cluster's own version needs a live cluster)";

    @Override
    public String criterion() {
        return "PRC-7";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        boolean manifests = evidence.checks().applied(REMOVED) || evidence.checks().applied(DEPRECATED);
        boolean cluster = evidence.cluster().isPresent() && evidence.checks().applied(SERVER_OUT_OF_SUPPORT);
        if (!manifests && !cluster) {
            return Observation.unknown("no Kubernetes objects to check API versions in" + CLUSTER_NOTE);
        }
        List<Finding> removed = evidence.checks().countedFindings(Set.of(REMOVED));
        List<Finding> unsupported = evidence.checks().countedFindings(Set.of(SERVER_OUT_OF_SUPPORT));
        List<Finding> deprecated = evidence.checks().countedFindings(Set.of(DEPRECATED));
        List<Finding> skewed = evidence.checks().countedFindings(Set.of(KUBELET_SKEW));
        List<EvidenceItem> items = Stream.of(unsupported, removed, skewed, deprecated).flatMap(List::stream).limit(10)
                .map(f -> EvidenceItem.check(f.checkId(), f.location(), f.message())).toList();
        if (!unsupported.isEmpty()) {
            return Observation.notMet(unsupported.get(0).message(), items);
        }
        if (!removed.isEmpty()) {
            return Observation.notMet(removed.size() + " object(s) use removed API versions: " + removed.get(0).message(), items);
        }
        if (!skewed.isEmpty()) {
            return Observation.partial(skewed.size() + " node(s) outside the version skew policy: " + skewed.get(0).message(), items);
        }
        if (!deprecated.isEmpty()) {
            return Observation.partial(deprecated.size() + " object(s) use deprecated API versions: "
                    + deprecated.get(0).message(), items);
        }
        String server = cluster ? "the API server " + evidence.cluster().orElseThrow().info().serverVersion()
                + " is within upstream support and every kubelet within the version skew policy" : "";
        if (!manifests) {
            return Observation.met(server, List.of());
        }
        return Observation.met("every object uses an API version the target Kubernetes version serves without"
                + " deprecation" + (cluster ? "; " + server : CLUSTER_NOTE), List.of());
    }
}
