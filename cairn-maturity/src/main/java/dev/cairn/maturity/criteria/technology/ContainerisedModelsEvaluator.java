package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TEC-34 (optional, counted when the team opts into {@code ai}): models and GPUs are handled through containers
 * or OCI artifacts and resource requests.
 * <ul>
 *   <li>MET: GPUs are requested as resources ({@code nvidia.com/gpu}) and models travel as OCI artifacts (a
 *       KServe {@code storageUri: oci://}, or {@code oras push}/{@code oras pull} in scripts);</li>
 *   <li>PARTIAL: ML workloads (GPU requests, KServe or Kubeflow objects, OCI models) that show only one of the two;</li>
 *   <li>UNKNOWN: no ML workloads in the repository; the answer decides.</li>
 * </ul>
 */
public final class ContainerisedModelsEvaluator implements Evaluator {
    static final Pattern ORAS = Pattern.compile("\\boras\\s+(push|pull|copy|cp)\\b");
    static final String[] SCRIPTS = {"Makefile", "*.mk", "*.sh", "scripts/**", "*.md", "Taskfile.yml", "justfile"};

    @Override
    public String criterion() {
        return "TEC-34";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<ObjectFacts> gpu = evidence.manifests().with(Feature.GPU_REQUEST);
        List<ObjectFacts> ociModels = evidence.manifests().with(Feature.OCI_MODEL);
        List<TextMatch> oras = evidence.files().grep(ORAS, SCRIPTS);
        List<ObjectFacts> mlObjects = evidence.manifests().ofType((apiVersion, kind) -> apiVersion.startsWith("serving.kserve.io/")
                || apiVersion.contains("kubeflow.org/"));
        List<EvidenceItem> items = new ArrayList<>();
        gpu.stream().limit(3).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name() + " requests GPUs")));
        ociModels.stream().limit(2).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name()
                + " serves a model from an OCI artifact")));
        oras.stream().limit(2).forEach(m -> items.add(EvidenceItem.file(m.location(), "model as an OCI artifact: " + m.text().strip())));
        mlObjects.stream().filter(o -> !ociModels.contains(o)).limit(2)
                .forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name())));
        boolean gpus = !gpu.isEmpty();
        boolean models = !ociModels.isEmpty() || !oras.isEmpty();
        if (gpus && models) {
            return Observation.met("GPUs are requested as resources and models travel as OCI artifacts", items);
        }
        if (gpus) {
            return Observation.partial("GPUs are requested as resources, but no model is stored as an image or OCI"
                    + " artifact: push models with ORAS or as model-car images", items);
        }
        if (models || !mlObjects.isEmpty()) {
            return Observation.partial((models ? "models travel as OCI artifacts" : "ML workloads are declared")
                    + ", but no container requests nvidia.com/gpu: request GPUs as resources", items);
        }
        return Observation.unknown("no ML workloads in the manifests: answer TEC-34");
    }
}
