package dev.cairn.maturity.criteria.process;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * PRC-7: the cluster runs a supported Kubernetes version and the manifests avoid removed API versions. The
 * manifest half comes from the API version checks (they serve TEC-26, declarative manifests, and are read
 * here by id): {@code K8S-060} (an API version the target Kubernetes version no longer serves) and
 * {@code K8S-061} (deprecated in it). The cluster half (server version within the three newest minors,
 * kubelet skew) needs a live cluster or a snapshot, which cairn does not read yet.
 * <ul>
 *   <li>NOT_MET: an object uses a removed API version;</li>
 *   <li>PARTIAL: only deprecated ones;</li>
 *   <li>MET: every object uses a served, non-deprecated API version;</li>
 *   <li>UNKNOWN: no Kubernetes objects.</li>
 * </ul>
 */
public final class SupportedApiVersionsEvaluator implements Evaluator {
    static final CheckId REMOVED = CheckId.of("K8S-060");
    static final CheckId DEPRECATED = CheckId.of("K8S-061");
    private static final String CLUSTER_NOTE = " (the cluster's own version needs a live cluster)";

    @Override
    public String criterion() {
        return "PRC-7";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        boolean ran = evidence.checks().results().stream()
                .anyMatch(r -> (r.checkId().equals(REMOVED) || r.checkId().equals(DEPRECATED))
                        && r.status() != CheckStatus.NOT_APPLICABLE && r.status() != CheckStatus.ERROR);
        if (!ran) {
            return Observation.unknown("no Kubernetes objects to check API versions in" + CLUSTER_NOTE);
        }
        List<Finding> removed = evidence.checks().countedFindings(Set.of(REMOVED));
        List<Finding> deprecated = evidence.checks().countedFindings(Set.of(DEPRECATED));
        List<EvidenceItem> items = Stream.concat(removed.stream(), deprecated.stream()).limit(10)
                .map(f -> EvidenceItem.check(f.checkId(), f.location(), f.message())).toList();
        if (!removed.isEmpty()) {
            return Observation.notMet(removed.size() + " object(s) use removed API versions: " + removed.get(0).message(), items);
        }
        if (!deprecated.isEmpty()) {
            return Observation.partial(deprecated.size() + " object(s) use deprecated API versions: "
                    + deprecated.get(0).message(), items);
        }
        return Observation.met("every object uses an API version the target Kubernetes version serves without"
                + " deprecation" + CLUSTER_NOTE, List.of());
    }
}
