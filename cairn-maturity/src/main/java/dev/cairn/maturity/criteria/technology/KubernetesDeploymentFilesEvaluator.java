package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * TEC-1: the application has Kubernetes deployment files (and runs in a non-production cluster, which only
 * a live cluster can show; without one the files decide).
 * <ul>
 *   <li>MET: the manifests declare at least one workload (Deployment, StatefulSet, DaemonSet, Job, CronJob,
 *       Pod), or the repository holds a Helm chart ({@code Chart.yaml}; its templates are not rendered);</li>
 *   <li>PARTIAL: Kubernetes objects or kustomizations, but no workload among what cairn can read;</li>
 *   <li>NOT_MET: no Kubernetes object, kustomization or chart at all.</li>
 * </ul>
 */
public final class KubernetesDeploymentFilesEvaluator implements Evaluator {
    static final int MAX_ITEMS = 10;

    @Override
    public String criterion() {
        return "TEC-1";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<ObjectFacts> workloads = evidence.manifests().declaredWorkloads();
        List<SourcePath> charts = evidence.files().matching("Chart.yaml");
        List<SourcePath> kustomizations = evidence.files().matching(Kustomizations.GLOBS);
        List<EvidenceItem> items = new ArrayList<>();
        workloads.stream().limit(MAX_ITEMS).forEach(o -> items.add(
                EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name())));
        charts.stream().limit(MAX_ITEMS - items.size()).forEach(p -> items.add(
                EvidenceItem.file(Location.file(p), "Helm chart (templates not rendered)")));
        if (!workloads.isEmpty() || !charts.isEmpty()) {
            List<String> parts = new ArrayList<>();
            if (!workloads.isEmpty()) parts.add(Wording.count(workloads.size(), "workload") + " in the manifests");
            if (!charts.isEmpty()) parts.add(Wording.count(charts.size(), "Helm chart"));
            return Observation.met("Kubernetes files describe how the app is deployed: " + String.join(" and ", parts), items);
        }
        List<ObjectFacts> objects = evidence.manifests().objects();
        if (!objects.isEmpty() || !kustomizations.isEmpty()) {
            objects.stream().limit(MAX_ITEMS).forEach(o -> items.add(
                    EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name())));
            kustomizations.stream().limit(MAX_ITEMS - items.size()).forEach(p -> items.add(
                    EvidenceItem.file(Location.file(p), "kustomization")));
            return Observation.partial("Kubernetes files but no Deployment, StatefulSet or other workload among them:"
                    + " declare how the app itself runs", items);
        }
        return Observation.notMet("no Kubernetes manifests, kustomization or Helm chart found: describe the app as a"
                + " Deployment (with its Service) in k8s/ or deploy/", List.of());
    }
}
