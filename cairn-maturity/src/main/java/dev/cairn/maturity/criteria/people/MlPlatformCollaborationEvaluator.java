package dev.cairn.maturity.criteria.people;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.List;

/**
 * PEO-12 (optional, counts only with {@code optIn: [ai]}; {@code Verdicts} makes it not applicable
 * otherwise): ML practitioners and platform engineers build the first ML pipeline together. ML workloads in
 * the platform's manifests — containers requesting {@code nvidia.com/gpu}, KServe objects
 * ({@code serving.kserve.io}) or Kubeflow kinds ({@code kubeflow.org}, {@code pipelines.kubeflow.org}) — show
 * ML running on the shared platform.
 * <ul>
 *   <li>MET, as a hint: such objects exist (whether the two groups work together, the answer tells);</li>
 *   <li>UNKNOWN: none (the ML work may live in another repository).</li>
 * </ul>
 */
public final class MlPlatformCollaborationEvaluator implements Evaluator {
    private static final List<String> ML_GROUPS = List.of("serving.kserve.io/", "kubeflow.org/", "pipelines.kubeflow.org/");

    @Override
    public String criterion() {
        return "PEO-12";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        ManifestFacts manifests = evidence.manifests();
        List<ObjectFacts> ml = manifests.anyOf(manifests.with(Feature.GPU_REQUEST), manifests.inGroup(ML_GROUPS));
        if (ml.isEmpty()) {
            return Observation.unknown("no GPU requests, KServe or Kubeflow objects in the manifests: answer PEO-12");
        }
        List<EvidenceItem> items = ml.stream().limit(5).map(o -> EvidenceItem.manifest(o.ref(), o.location(),
                o.has(Feature.GPU_REQUEST) ? "requests nvidia.com/gpu" : o.ref().apiVersion() + " " + o.kind())).toList();
        return Observation.met(ml.size() + (ml.size() == 1 ? " ML object runs" : " ML objects run") + " on the platform ("
                + ml.get(0).kind() + " " + ml.get(0).ref().name() + "); whether ML and platform engineers build them"
                + " together, the answer tells", items).asHint();
    }
}
