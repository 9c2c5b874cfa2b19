package dev.cairn.maturity.criteria.process;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CiPipelines;
import java.util.ArrayList;
import java.util.List;

/**
 * PRC-13: container images and Kubernetes or infrastructure configuration are scanned in CI (credit at
 * Level 1, core at Level 2). Image scans: {@code trivy image}, grype, {@code docker scout cves}, scanner
 * actions; configuration scans: {@code trivy config}, kubescape, kube-linter, Checkov, KICS, conftest,
 * Polaris, kube-score, cairn; as the step classifier knows them, in any pipeline.
 * <ul>
 *   <li>MET: both;</li>
 *   <li>PARTIAL: one of them;</li>
 *   <li>NOT_MET: neither.</li>
 * </ul>
 */
public final class CiImageAndConfigScansEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "PRC-13";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<Pipeline> images = CiPipelines.doing(CiPipelines.of(evidence), StepKind.VULNERABILITY_SCAN);
        List<Pipeline> configs = CiPipelines.doing(CiPipelines.of(evidence), StepKind.CONFIG_SCAN);
        List<EvidenceItem> items = new ArrayList<>(CiPipelines.evidence(images, StepKind.VULNERABILITY_SCAN, "image scan", 3));
        items.addAll(CiPipelines.evidence(configs, StepKind.CONFIG_SCAN, "configuration scan", 3));
        if (!images.isEmpty() && !configs.isEmpty()) {
            return Observation.met("CI scans images (" + images.get(0).path() + ") and configuration (" + configs.get(0).path() + ")", items);
        }
        if (!images.isEmpty()) {
            return Observation.partial("CI scans images (" + images.get(0).path() + "), but not the Kubernetes or IaC"
                    + " configuration: add trivy config, kubescape or cairn scan", items);
        }
        if (!configs.isEmpty()) {
            return Observation.partial("CI scans configuration (" + configs.get(0).path() + "), but not the images:"
                    + " add trivy image or grype after the image build", items);
        }
        return Observation.notMet("CI scans neither images nor configuration: add trivy image and trivy config (or"
                + " kubescape) to the pipeline");
    }
}
